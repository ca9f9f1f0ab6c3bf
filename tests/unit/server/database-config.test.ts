import { describe, expect, it } from 'vitest';
import { databaseLocation, databasePoolSize, databasePreparedStatements } from '$lib/server/config/config';

describe('which database the server opens', () => {
	it('is the SQLite file unless DATABASE_URL is set', () => {
		expect(databaseLocation({ DATABASE_PATH: '/srv/gt/app.db' })).toBe('/srv/gt/app.db');
		expect(databaseLocation({ DATABASE_URL: '  ' })).toMatch(/data\/golden-thread\.db$/);
	});

	it('is the PostgreSQL server DATABASE_URL names, whichever spelling of the scheme', () => {
		for (const url of ['postgres://gt:secret@db.example.org:5432/gt', 'postgresql://gt@localhost/gt'])
			expect(databaseLocation({ DATABASE_URL: url, DATABASE_PATH: '/srv/gt/app.db' })).toBe(url);
	});

	it('refuses a DATABASE_URL that is not a PostgreSQL address, saying what it should be', () => {
		for (const url of ['mysql://gt@localhost/gt', '/srv/gt/app.db', 'sqlite:app.db'])
			expect(() => databaseLocation({ DATABASE_URL: url })).toThrow(/must be a PostgreSQL address \(postgres:\/\//);
	});

	it('keeps 10 connections to PostgreSQL unless DATABASE_POOL_SIZE says how many, from 1 to 1000', () => {
		expect(databasePoolSize({})).toBe(10);
		expect(databasePoolSize({ DATABASE_POOL_SIZE: ' 40 ' })).toBe(40);
		for (const size of ['0', '-3', '2.5', 'ten', '1001'])
			expect(() => databasePoolSize({ DATABASE_POOL_SIZE: size })).toThrow(`not "${size}"`);
	});

	it('prepares statements on PostgreSQL unless DATABASE_PREPARED_STATEMENTS is off', () => {
		expect(databasePreparedStatements({})).toBe(true);
		expect(databasePreparedStatements({ DATABASE_PREPARED_STATEMENTS: ' OFF ' })).toBe(false);
		expect(databasePreparedStatements({ DATABASE_PREPARED_STATEMENTS: 'on' })).toBe(true);
		for (const value of ['no', 'false', '0'])
			expect(() => databasePreparedStatements({ DATABASE_PREPARED_STATEMENTS: value })).toThrow(`not "${value}"`);
	});
});
