import {
	ColumnDefinitionNode,
	GeneratedNode,
	OperationNodeTransformer,
	RawNode,
	type KyselyPlugin,
	type PluginTransformQueryArgs,
	type PluginTransformResultArgs,
	type QueryResult,
	type RootOperationNode,
	type UnknownRow
} from 'kysely';

/**
 * The migrations that landed before PostgreSQL was supported were written for SQLite, and a landed
 * migration is never edited. Run on PostgreSQL, their few SQLite-only statements are read here, in one
 * place: an auto-incrementing key becomes an identity column, and the audit log's append-only triggers
 * become a PL/pgSQL trigger function. Any other SQLite-only statement stops the migration with its text,
 * so a new migration cannot slip one past: new migrations branch on `isPostgres` themselves.
 */
export const landedMigrationsOnPostgres: KyselyPlugin = {
	transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
		return new SqliteToPostgres().transformNode(node);
	},
	async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
		return result;
	}
};

const appendOnlyFunction = `CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$`;

/** Each SQLite statement (spaces folded) and what it is on PostgreSQL. */
const translations = new Map<string, string>([
	[
		"CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
		`${appendOnlyFunction};
		CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
			FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`
	],
	[
		"CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
		// TRUNCATE skips row triggers on PostgreSQL; SQLite has no TRUNCATE to guard against.
		`CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
			FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
		CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
			FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`
	]
]);

/** Words that only SQLite understands, in a statement written by hand. */
const sqliteOnly =
	/\b(RAISE\s*\(\s*ABORT|AUTOINCREMENT|PRAGMA|sqlite_master|COLLATE\s+NOCASE|INSERT\s+OR\s+(IGNORE|REPLACE))\b/i;

class SqliteToPostgres extends OperationNodeTransformer {
	protected override transformColumnDefinition(node: ColumnDefinitionNode): ColumnDefinitionNode {
		const column = super.transformColumnDefinition(node);
		if (!column.autoIncrement) return column;
		return ColumnDefinitionNode.cloneWith(column, {
			autoIncrement: false,
			generated: GeneratedNode.create({ byDefault: true, identity: true })
		});
	}

	protected override transformRaw(node: RawNode): RawNode {
		if (node.parameters.length > 0) return super.transformRaw(node);
		const text = node.sqlFragments.join('').replace(/\s+/g, ' ').trim();
		const translated = translations.get(text);
		if (translated) return RawNode.createWithSql(translated);
		if (sqliteOnly.test(text)) throw new Error(`A migration has SQL that PostgreSQL cannot run: ${text}`);
		return super.transformRaw(node);
	}
}
