import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The SHA-256 of every migration that has landed. A database that has run a migration never runs it
 * again, so editing one changes nothing where it already ran and something else everywhere else:
 * a change to the schema is always a new migration. When you add one, add its checksum here (the
 * failure message gives it) in the same commit.
 */
const landed: Readonly<Record<string, string>> = {
	'2026-11-22-01-foundation.ts': 'e235b2172f3b91182b600c33a3c203961b72b59cd30479d690fd4df9f5e6e4a7',
	'2026-11-22-02-accounts.ts': 'c775bf88eaa7652e633f45be5f0d590562ac577cea40c705548335be71b08ef1',
	'2026-11-22-03-plans.ts': '57f27fa33982d33cf7d57368738ded0a7de1fc24ed70d94d7507652f513b58f8',
	'2026-11-22-05-reviews.ts': '121baa6e0aa8de58013fd2d6fafd19c0e767f86106c14bd42916e08bc61068d3',
	'2026-12-03-01-plan-content-revision.ts': 'f924d0ca5fb7b28660c80354a7bea0e08a8d77f72cf8629b36e2ba6bf128ea01',
	'2026-12-03-02-account-recovery.ts': '6dfcd19f3d25da722b7349ee8435d0739c270c0f980186926822b816bd8556de',
	'2026-12-03-03-child-deletion-date.ts': 'f0f555156f311ffcc6fe1f1404b87db6d5ab53a7cccaa2b3acb99507d2861c30',
	'2026-12-03-04-plan-item-parent-index.ts': '1cae1b5d4d1721a586fd1ea70bd4645883d37129d9adf5b2f0b082587c1c33f5',
	'2026-12-03-05-voice-suggestions.ts': 'eb9caafdebe9bd79471059446410aa50b278c6df12b5ff1569a322246aed3a4a',
	'2026-12-03-06-plan-notes.ts': '594cf47641ca3d62134113b01f344322a697819cd4bdad7adb02246dca08c8b7',
	'2026-12-03-07-share-outside.ts': '50319f330f6639e85c3e52cf3838d11508dc7d050cb9d2417e7646953550c645',
	'2026-12-04-01-key-worker.ts': '7eebabdaa3e7bc1e99c1bdcc90394a4bdcce9c27c64bfc5bba2f89341294aa4c',
	'2026-12-05-01-audit-plan-changes-index.ts': '63c27754415f4aa02540b0504ec15a73e4e7b541613e6db30d3fd723bf778c71',
	'2026-12-05-02-meetings.ts': '38de33bc70ae72be9fdf57b921a06bb052589e3b6195fef1030fe242eb36e9a3',
	'2026-12-05-03-meeting-recommendation.ts': '81a583c9e2cd98cf554c374fa77966ebbac03a767deb44b2c2c1abaad6040af6',
	'2026-12-05-04-contribution-became.ts': '4d15f893769dd3211541cf5466b2fca80a23d87077ddcd8c0493a555b0e35829',
	'2026-12-05-05-meeting-presence.ts': '424d8a014739a2f6090d1f1250ad25fc53f31530c68840b92e1d363c969d4f35',
	'2026-12-05-06-easy-read.ts': '46f8e171b842fb07a62804dfa276250906356ca95a9dfcc61e30006dbeb78835',
	'2026-12-05-07-family-language.ts': 'f51c60afa1cfa5b6ab52c4181f8fe0644958cc2b895af5ac068efc374427043c'
};

/** Line endings are made LF first, so a checkout that writes CRLF does not look like an edit. */
const checksum = (text: string) => createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex');

/** What is wrong with the migrations on disk (file name → checksum), compared with those that landed. */
function migrationProblems(current: ReadonlyMap<string, string>, frozen: Readonly<Record<string, string>>): string[] {
	const problems: string[] = [];
	for (const [file, sum] of current) {
		const expected = frozen[file];
		if (expected === undefined)
			problems.push(
				`migrations/${file} is new: once it is ready, add '${file}': '${sum}' to the landed checksums in tests/unit/server/migrations-frozen.test.ts`
			);
		else if (expected !== sum)
			problems.push(
				`migrations/${file} has changed since it landed: put it back as it was and make the change in a new migration`
			);
	}
	for (const file of Object.keys(frozen))
		if (!current.has(file))
			problems.push(`migrations/${file} has landed and is gone: put it back (databases have run it)`);
	return problems;
}

describe('landed migrations', () => {
	it('are unchanged, and every migration file has its checksum listed', () => {
		const files = readdirSync('migrations').filter((file) => file.endsWith('.ts'));
		const current = new Map(files.map((file) => [file, checksum(readFileSync(`migrations/${file}`, 'utf8'))]));
		expect(migrationProblems(current, landed)).toEqual([]);
	});

	it('a changed, new or removed migration is reported by name', () => {
		const current = new Map([
			['a.ts', checksum('unchanged')],
			['b.ts', checksum('edited')],
			['d.ts', checksum('new')]
		]);
		const frozen = { 'a.ts': checksum('unchanged'), 'b.ts': checksum('as it landed'), 'c.ts': checksum('removed') };
		expect(migrationProblems(current, frozen)).toEqual([
			expect.stringMatching(/^migrations\/b\.ts has changed since it landed: .* new migration$/),
			expect.stringMatching(new RegExp(`^migrations/d\\.ts is new: .*'d\\.ts': '${checksum('new')}'`)),
			expect.stringMatching(/^migrations\/c\.ts has landed and is gone/)
		]);
	});
});
