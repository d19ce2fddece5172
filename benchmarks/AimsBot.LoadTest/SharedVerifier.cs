using Npgsql;

namespace AimsBot.LoadTest;

/// <summary>
/// Issue 15, after a run on a shared PostgreSQL: every acknowledged activity was run (it has its
/// processed-turn record, with no error, and left the shared inbox); no turn ran twice (its record is
/// keyed by the delivery key and committed with the turn's effects, so a second run cannot commit; the
/// replies the fake Connector received twice are counted by <c>shared-load</c>); and within each conversation the turns ran
/// in the order the inbox accepted them (by inbox id, each turn's processing time never earlier than
/// the previous turn's).
/// </summary>
internal static class SharedVerifier
{
    public static int Run(Arguments arguments)
    {
        var acked = File.ReadAllLines(arguments.Get("acked", "acked.txt"))
            .Select(line => line.Split(' '))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => "teams:" + parts[0], parts => parts[1], StringComparer.Ordinal);
        using var connection = new NpgsqlConnection(arguments.Get("connection", ""));
        connection.Open();

        var processed = new Dictionary<string, (long? InboxId, DateTime At, string? Error)>(StringComparer.Ordinal);
        using (var command = new NpgsqlCommand("SELECT delivery_key, inbox_id, processed_at, error FROM processed_turns WHERE delivery_key LIKE 'teams:%'", connection))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                processed[reader.GetString(0)] = (reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.GetDateTime(2), reader.IsDBNull(3) ? null : reader.GetString(3));
            }
        }

        var stillWaiting = Scalar(connection, "SELECT count(*) FROM inbox");
        var missing = acked.Keys.Count(key => !processed.ContainsKey(key));
        var failed = acked.Keys.Count(key => processed.TryGetValue(key, out var turn) && turn.Error is not null);
        var outOfOrder = 0;
        foreach (var conversation in acked.Where(x => processed.ContainsKey(x.Key)).GroupBy(x => x.Value, StringComparer.Ordinal))
        {
            var turns = conversation.Select(x => processed[x.Key]).Where(x => x.InboxId is not null).OrderBy(x => x.InboxId).ToList();
            outOfOrder += turns.Zip(turns.Skip(1)).Count(pair => pair.Second.At < pair.First.At);
        }

        Console.WriteLine($"acknowledged {acked.Count}, processed {acked.Count - missing} (with an error {failed}), missing {missing}, still in the shared inbox {stillWaiting}, " +
            $"conversation turns processed out of inbox order {outOfOrder}");
        return missing == 0 && failed == 0 && stillWaiting == 0 && outOfOrder == 0 ? 0 : 1;
    }

    private static long Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
