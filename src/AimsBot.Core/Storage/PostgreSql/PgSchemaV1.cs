namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>
/// Schema version 1. Records are JSON documents keyed by collection and id (<c>documents</c>,
/// or <c>numbered</c> for the collections with generated numbers); counters hand out the
/// visible numbers (AI-0001, R-0001); the inbox, processed turns and outbox have their own tables
/// with the columns the competing workers select on; export bytes live apart from their record.
/// </summary>
internal static class PgSchemaV1
{
    public const string Sql = """
        CREATE TABLE documents (
            collection text NOT NULL,
            id text NOT NULL,
            data jsonb NOT NULL,
            PRIMARY KEY (collection, id));
        CREATE INDEX documents_source_card ON documents (collection, (data->>'SourceCardId')) WHERE data ? 'SourceCardId';
        CREATE INDEX documents_user_key ON documents (collection, (data->>'UserKey')) WHERE data ? 'UserKey';
        CREATE INDEX documents_tenant ON documents (collection, (data->>'TenantId')) WHERE data ? 'TenantId';
        CREATE INDEX documents_subject ON documents (collection, (data->>'SubjectId')) WHERE data ? 'SubjectId';
        CREATE INDEX documents_system ON documents (collection, (data->>'SystemId')) WHERE data ? 'SystemId';
        CREATE INDEX documents_recipient ON documents (collection, (data->>'RecipientKey')) WHERE data ? 'RecipientKey';

        CREATE TABLE numbered (
            collection text NOT NULL,
            id bigint NOT NULL,
            data jsonb NOT NULL,
            PRIMARY KEY (collection, id));
        CREATE INDEX numbered_entity ON numbered (collection, (data->>'Entity'), id) WHERE data ? 'Entity';
        CREATE SEQUENCE numbered_ids;

        CREATE TABLE counters (
            id text PRIMARY KEY,
            value bigint NOT NULL);

        CREATE TABLE inbox (
            id bigserial PRIMARY KEY,
            delivery_key text NOT NULL UNIQUE,
            conversation_key text NOT NULL,
            turn text NOT NULL,
            received_at timestamptz NOT NULL);
        CREATE INDEX inbox_conversation ON inbox (conversation_key, id);

        CREATE TABLE processed_turns (
            delivery_key text PRIMARY KEY,
            inbox_id bigint,
            processed_at timestamptz NOT NULL,
            error text);
        CREATE INDEX processed_turns_at ON processed_turns (processed_at);

        CREATE TABLE outbox (
            id bigserial PRIMARY KEY,
            idempotency_key text NOT NULL UNIQUE,
            conversation text NOT NULL,
            state text NOT NULL,
            next_attempt_at timestamptz,
            leased_until timestamptz,
            leased_by uuid,
            sent_at timestamptz,
            data jsonb NOT NULL);
        CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE state = 'Pending';
        CREATE INDEX outbox_conversation ON outbox (conversation, id) WHERE state = 'Pending';
        CREATE INDEX outbox_sent ON outbox (sent_at) WHERE state = 'Sent';
        CREATE INDEX outbox_leased ON outbox (leased_by) WHERE leased_by IS NOT NULL;

        CREATE TABLE export_contents (
            id text PRIMARY KEY,
            content bytea NOT NULL);
        """;
}
