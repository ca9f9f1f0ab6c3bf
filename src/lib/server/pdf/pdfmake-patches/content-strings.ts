/**
 * Page content turned into bytes once. Written for pdfkit 0.19.1 (under pdfmake 0.3.11).
 *
 * pdfkit makes a Buffer of every operator it writes to an object (a dozen for each run of text);
 * text written to an object is now kept as one string and made into bytes when other bytes come or
 * the object is finished: the same bytes, in the same order.
 */
import type { PdfmakePatch } from './patch';
import { expectShape } from './shape';

/** pdfkit's indirect object, with the insides its write and finalize use. */
interface PdfReference {
	data: Record<string, unknown>;
	buffer: unknown[] | Uint8Array;
	compress: boolean;
	uncompressedLength: number;
	write(chunk: unknown): void;
	finalize(): void;
}

/** On an object being written: the text written to it since its last chunk of bytes. */
const PENDING = Symbol('pending');

type Pending = Record<symbol, string | undefined>;

export const contentStrings: PdfmakePatch = {
	name: 'content-strings',
	writtenFor: { pdfkit: '0.19.1' },
	sameBytes: true,
	prepare({ pdfkitSample }) {
		const sample = pdfkitSample().reference as Partial<PdfReference>;
		const prototype = Object.getPrototypeOf(sample) as unknown;
		expectShape<PdfReference>('pdfkit PDFReference', prototype, {
			write: { arity: 1, source: 'd908ca396fbfefdf' },
			finalize: { arity: 0, source: '8af9e473a0841475' }
		});
		if (!Array.isArray(sample.buffer)) throw new Error('pdfkit PDFReference.buffer is not an array');
		return () => {
			const { write, finalize } = prototype;
			const flush = (reference: PdfReference) => {
				const pending = (reference as unknown as Pending)[PENDING];
				if (pending === undefined) return;
				(reference as unknown as Pending)[PENDING] = undefined;
				(reference.buffer as unknown[]).push(Buffer.from(pending, 'binary'));
			};
			// pdfkit's write, step for step, but for a string keeping the text rather than its bytes.
			prototype.write = function (chunk) {
				if (typeof chunk !== 'string' || !Array.isArray(this.buffer)) {
					flush(this);
					return write.call(this, chunk);
				}
				const pending = this as unknown as Pending;
				pending[PENDING] = (pending[PENDING] ?? '') + chunk + '\n';
				this.uncompressedLength += chunk.length + 1;
				if (this.data.Length == null) this.data.Length = 0;
				(this.data.Length as number) += chunk.length + 1;
				if (this.compress) this.data.Filter = 'FlateDecode';
			};
			prototype.finalize = function () {
				flush(this);
				return finalize.call(this);
			};
		};
	}
};
