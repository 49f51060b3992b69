/// The tables of a store kept in PostgreSQL, all in the schema `frontline` (docs/postgresql.md, "The schema").
///
/// - `snapshot`: the store's first snapshot, the very bytes `BoardCodec` writes for a file store's first `board.json`;
///   a CHECK keeps its `sha256` the SHA-256 of those bytes, where the hash chain starts.
/// - `journal`: one row per entry, `line` the entry's line exactly as `journal.jsonl` holds it (without the newline).
///   Its `role` is the database role of the session that inserted it, stamped by a BEFORE INSERT trigger whatever the
///   client sent; the same trigger refuses a line whose `seq` or `prev` does not continue the chain. Another trigger
///   refuses UPDATE, DELETE and TRUNCATE, even to the owner. A third tells every line, as it commits, on the
///   channel `frontline` (`NOTIFY`): the open boards listen there for colleagues' saves.
/// - `save_lock`: one row, locked `FOR UPDATE` by every save: saves are serialised like the file store's `flock`.
/// - `attachments`: content by SHA-256 (a CHECK keeps the key the content's hash), append-only like the journal.
///
/// The officials' roles are members of `usersRole`, which may read everything and insert into the journal and the
/// attachments, nothing else: a member cannot alter or delete history, nor touch the snapshot.
enum PostgresSchema {
    static let name = "frontline"
    /// The group role whose members use the store (`GRANT frontline_users TO lihua`). Roles belong to the whole
    /// cluster: membership opens every zone database of the cluster that the role may CONNECT to.
    static let usersRole = "frontline_users"

    static let snapshot = "frontline.snapshot"
    static let journal = "frontline.journal"
    static let attachments = "frontline.attachments"

    /// Whether the schema is there already (`init` refuses to create a store over one).
    static let exists = "SELECT 1 FROM pg_namespace WHERE nspname = $1"

    /// Makes the group role unless the cluster has it: needs CREATEROLE, so it runs only when it is missing.
    static let roleExists = "SELECT 1 FROM pg_roles WHERE rolname = $1"
    static let createRole = "CREATE ROLE frontline_users NOLOGIN"

    /// The statements that make an empty store, run in one transaction; the first snapshot is inserted after them.
    static let statements =
        [
            "CREATE SCHEMA frontline",
            """
            CREATE TABLE frontline.snapshot (
                revision bigint PRIMARY KEY CHECK (revision >= 0),
                journal_hash text NOT NULL,
                content bytea NOT NULL,
                sha256 text NOT NULL CHECK (sha256 = encode(sha256(content), 'hex'))
            )
            """,
            """
            CREATE TABLE frontline.journal (
                seq bigint PRIMARY KEY CHECK (seq > 0),
                line text NOT NULL,
                role name NOT NULL DEFAULT session_user,
                saved_at timestamptz NOT NULL DEFAULT clock_timestamp()
            )
            """,
            "CREATE TABLE frontline.save_lock (only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row))",
            "INSERT INTO frontline.save_lock DEFAULT VALUES",
            """
            CREATE TABLE frontline.attachments (
                sha256 text PRIMARY KEY CHECK (sha256 = encode(sha256(content), 'hex')),
                content bytea NOT NULL
            )
            """,
            // The server, not the client, says who saved a line and when; and a line must continue the chain, so that
            // no member inserting by hand (psql) can leave a gap or a broken link that would stop every writer.
            """
            CREATE FUNCTION frontline.stamp_journal_line() RETURNS trigger
            LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
            DECLARE
                -- Every line EntryCodec writes begins with its seq and prev. Read as text, not as JSON: PostgreSQL's JSON
                -- functions refuse a line holding \\u0000, which a note may.
                link text[] := regexp_match(NEW.line, '^\\{"seq":([0-9]+),"prev":"([0-9a-f]{64})",');
                previous text;
            BEGIN
                NEW.role := session_user;
                NEW.saved_at := clock_timestamp();
                IF link IS NULL OR link[1] IS DISTINCT FROM NEW.seq::text THEN
                    RAISE EXCEPTION 'journal line % does not begin with its seq and prev', NEW.seq USING ERRCODE = 'check_violation';
                END IF;
                SELECT encode(sha256(convert_to(line, 'UTF8')), 'hex') INTO previous FROM frontline.journal WHERE seq = NEW.seq - 1;
                IF previous IS NULL THEN
                    SELECT sha256 INTO previous FROM frontline.snapshot
                        WHERE revision = NEW.seq - 1 AND journal_hash = repeat('0', 64);
                END IF;
                IF previous IS NULL OR link[2] IS DISTINCT FROM previous THEN
                    RAISE EXCEPTION 'journal line % does not continue the hash chain', NEW.seq USING ERRCODE = 'check_violation';
                END IF;
                RETURN NEW;
            END $$
            """,
            """
            CREATE TRIGGER stamp BEFORE INSERT ON frontline.journal
                FOR EACH ROW EXECUTE FUNCTION frontline.stamp_journal_line()
            """,
            // Every line inserted tells the sessions listening (the open boards) at once, when its transaction commits:
            // the server does it, so a line inserted any way at all is told. The payload is the line's seq.
            """
            CREATE FUNCTION frontline.tell_saved() RETURNS trigger
            LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
            BEGIN
                PERFORM pg_notify('frontline', NEW.seq::text);
                RETURN NULL;
            END $$
            """,
            """
            CREATE TRIGGER tell AFTER INSERT ON frontline.journal
                FOR EACH ROW EXECUTE FUNCTION frontline.tell_saved()
            """,
            """
            CREATE FUNCTION frontline.refuse_change() RETURNS trigger
            LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
            BEGIN
                RAISE EXCEPTION '% on %.% refused: the store''s history is append-only', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
                    USING ERRCODE = 'insufficient_privilege';
            END $$
            """,
        ]
        + ["snapshot", "journal", "attachments"].flatMap { table in
            [
                "CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON frontline.\(table) FOR EACH ROW EXECUTE FUNCTION frontline.refuse_change()",
                "CREATE TRIGGER no_truncate BEFORE TRUNCATE ON frontline.\(table) FOR EACH STATEMENT EXECUTE FUNCTION frontline.refuse_change()",
            ]
        } + [
            "REVOKE ALL ON SCHEMA frontline FROM PUBLIC",
            "GRANT USAGE ON SCHEMA frontline TO frontline_users",
            "GRANT SELECT ON frontline.snapshot TO frontline_users",
            "GRANT SELECT, INSERT ON frontline.journal, frontline.attachments TO frontline_users",
            // SELECT … FOR UPDATE needs UPDATE: the row holds nothing but the lock.
            "GRANT SELECT, UPDATE ON frontline.save_lock TO frontline_users",
        ]

    /// The channel every journal line is told on (the trigger `tell`), with its seq as the payload.
    static let channel = "frontline"
    static let listen = "LISTEN frontline"
    /// Whether the journal's trigger `tell` is there and enabled (a store made before it tells nothing).
    static let tellsSaves = "SELECT 1 FROM pg_trigger WHERE tgrelid = 'frontline.journal'::regclass AND tgname = 'tell' AND tgenabled <> 'D'"

    static let insertSnapshot = "INSERT INTO frontline.snapshot (revision, journal_hash, content, sha256) VALUES ($1::bigint, $2, $3, $4)"
    /// The snapshot the store loads from: the newest (`compact` adds one; none is ever replaced).
    static let snapshotHeader = "SELECT revision, journal_hash, sha256 FROM frontline.snapshot ORDER BY revision DESC LIMIT 1"
    /// The store's first snapshot: the one no journal line was folded into.
    static let firstSnapshotRevision = "SELECT min(revision) FROM frontline.snapshot WHERE journal_hash = repeat('0', 64)"
    static let snapshotContent = "SELECT content FROM frontline.snapshot WHERE revision = $1::bigint"
    static let journalAfter = "SELECT seq, line FROM frontline.journal WHERE seq > $1::bigint ORDER BY seq"
    /// Every line's seq and the role that inserted it, but for the lines of the schema's owner and of superusers.
    static let linesByOrdinaryRoles = """
        SELECT j.seq, j.role FROM frontline.journal j
        WHERE NOT EXISTS (
            SELECT 1 FROM pg_roles r WHERE r.rolname = j.role
            AND (r.rolsuper OR r.oid = (SELECT nspowner FROM pg_namespace WHERE nspname = 'frontline')))
        ORDER BY j.seq
        """
    /// Whether the role $1 is the login $2's role: the role of that name, or a member of it; false when either role
    /// does not exist (any longer).
    static let roleIsLogins = """
        SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $2)
            THEN pg_has_role($1::name, $2::name, 'MEMBER') ELSE false END
        """
    /// The line at a seq, as it was inserted.
    static let lineAt = "SELECT line FROM frontline.journal WHERE seq = $1::bigint"
    static let insertLine = "INSERT INTO frontline.journal (seq, line) VALUES ($1::bigint, $2)"
    static let lockForSaving = "SELECT 1 FROM frontline.save_lock FOR UPDATE"
    static let insertAttachment = "INSERT INTO frontline.attachments (sha256, content) VALUES ($1, $2) ON CONFLICT (sha256) DO NOTHING"
    static let attachmentHashes = "SELECT sha256 FROM frontline.attachments ORDER BY sha256 COLLATE \"C\""
    static let attachmentContent = "SELECT content FROM frontline.attachments WHERE sha256 = $1"
}
