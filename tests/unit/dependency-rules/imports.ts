import ts from 'typescript';

/**
 * Every module a file names: static imports and re-exports (`import type` too), dynamic `import()`, and
 * `import('…')` in a type. Parsed with the TypeScript compiler rather than matched with a regular
 * expression, so comments, strings and line breaks inside a statement cannot hide or invent an import.
 */
export function importSpecifiers(fileName: string, text: string): string[] {
	const scripts = fileName.endsWith('.svelte') ? svelteScripts(text) : [text];
	return scripts.flatMap((script) => specifiersIn(ts.createSourceFile(fileName, script, ts.ScriptTarget.Latest)));
}

/** A component's `<script>` blocks (instance and module); imports live nowhere else in a component. */
function svelteScripts(text: string): string[] {
	return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
}

function specifiersIn(source: ts.SourceFile): string[] {
	const found: string[] = [];
	const visit = (node: ts.Node): void => {
		if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
			if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
		} else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
			const [argument] = node.arguments;
			if (argument && ts.isStringLiteralLike(argument)) found.push(argument.text);
		} else if (ts.isImportTypeNode(node)) {
			const argument = node.argument;
			if (ts.isLiteralTypeNode(argument) && ts.isStringLiteral(argument.literal)) found.push(argument.literal.text);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}
