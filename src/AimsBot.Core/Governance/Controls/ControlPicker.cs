namespace AimsBot.Core.Governance.Controls;

/// <summary>
/// Turns what a person typed in a controls field ("A.7.4, data quality; 27001:A.5.34") into controls:
/// an id stands for itself, and a keyword picks the one control whose title has every word (or, when no
/// title has them, the one control whose guidance has them). A keyword that fits several is not guessed.
/// </summary>
public sealed class ControlPicker(ControlQueries queries)
{
    /// <summary>Candidates shown for a keyword that fits several controls.</summary>
    public const int MaxCandidates = 5;

    /// <summary>
    /// The entries of a controls field: pieces between commas, semicolons or lines; a piece made only of ids
    /// ("A.6.2.4 A.6.2.5") is one entry per id, any other piece is one keyword.
    /// </summary>
    public static IReadOnlyList<string> Entries(string text)
    {
        var entries = new List<string>();
        foreach (var piece in text.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = piece.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            if (words.All(w => ControlId.TryParse(w, out _, out _) || ControlId.LooksLikeId(w)))
            {
                entries.AddRange(words);
            }
            else
            {
                entries.Add(string.Join(' ', words));
            }
        }

        return entries;
    }

    /// <summary>
    /// What one entry picks, as stored (<c>A.6.2.8</c>, <c>27001:A.8.15</c>); ISO 27001 controls only when
    /// <paramref name="annexAOnly"/> is false.
    /// </summary>
    public ControlPick Pick(string entry, bool annexAOnly)
    {
        var catalogue = queries.Catalogue;
        if (ControlId.TryParse(entry, out var id, out var standard))
        {
            if (standard != ControlStandard.Iso27001 && catalogue.Find(id) is not null)
            {
                return new ControlPick(entry, id, []);
            }

            var iso27001 = !annexAOnly && standard != ControlStandard.Iso42001 && catalogue.FindIso27001(id) is not null;
            return new ControlPick(entry, iso27001 ? "27001:" + id : null, []);
        }

        if (ControlId.LooksLikeId(entry) || entry.Length > ControlQueries.MaxKeywordLength)
        {
            return new ControlPick(entry, null, []);
        }

        var words = entry.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        List<string> byTitle =
        [
            .. catalogue.Controls.Where(c => HasAll(c.Title, words)).Select(c => c.Id),
            .. annexAOnly ? [] : catalogue.Iso27001.Where(c => HasAll(c.Title, words)).Select(c => "27001:" + c.Id),
        ];
        var candidates = byTitle.Count > 0 ? byTitle : [.. queries.Search(entry).Select(c => c.Id)];
        return candidates.Count == 1
            ? new ControlPick(entry, candidates[0], [])
            : new ControlPick(entry, null, [.. candidates.Take(MaxCandidates)]);
    }

    private static bool HasAll(string title, string[] words)
    {
        var upper = title.ToUpperInvariant();
        return words.All(w => ControlQueries.Matches(upper, w));
    }
}
