namespace AimsBot.Core.Governance.Controls;

/// <summary>Reads over the catalogue and the store: rows in catalogue order, keyword search, id resolution.</summary>
public sealed class ControlQueries(ControlCatalogue catalogue, IControlStore controls)
{
    public const int MaxKeywordLength = 60;

    public ControlCatalogue Catalogue => catalogue;

    public IReadOnlyList<ControlRow> Rows()
    {
        var records = controls.All();
        return [.. catalogue.Controls.Select(c =>
        {
            var record = records.GetValueOrDefault(c.Id) ?? new ControlRecord { Id = c.Id };
            return new ControlRow(c, record, ControlService.LinksOf(c, record));
        })];
    }

    public ControlRow Row(AnnexAControl control)
    {
        var record = controls.Get(control.Id);
        return new ControlRow(control, record, ControlService.LinksOf(control, record));
    }

    /// <summary>Controls whose id, title, objective, questions or linked ISO 27001 ids and titles contain every word.</summary>
    public IReadOnlyList<AnnexAControl> Search(string keyword, IReadOnlyList<ControlRow>? rows = null)
    {
        var words = keyword.ToUpperInvariant().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return [];
        }

        return [.. (rows ?? Rows()).Where(r => words.All(w => Matches(Corpus(r), w))).Select(r => r.Control)];
    }

    public ControlLookup Resolve(string argument)
    {
        var text = argument.Trim();
        if (text.Length == 0)
        {
            return new ControlLookup(ControlLookupKind.Empty);
        }

        if (ControlId.TryParse(text, out var id, out var standard))
        {
            var iso42001 = standard == ControlStandard.Iso27001 ? null : catalogue.Find(id);
            if (iso42001 is not null)
            {
                return new ControlLookup(ControlLookupKind.Iso42001) { Control = iso42001, Iso27001 = standard is null ? catalogue.FindIso27001(id) : null };
            }

            var iso27001 = standard == ControlStandard.Iso42001 ? null : catalogue.FindIso27001(id);
            if (iso27001 is not null)
            {
                return new ControlLookup(ControlLookupKind.Iso27001) { Iso27001 = iso27001 };
            }

            return new ControlLookup(ControlLookupKind.Unknown) { Suggestions = catalogue.Closest(text) };
        }

        if (ControlId.LooksLikeId(text) || text.Length > MaxKeywordLength)
        {
            return new ControlLookup(ControlLookupKind.Unknown) { Suggestions = catalogue.Closest(text.Length > ControlId.MaxLength ? text[..ControlId.MaxLength] : text) };
        }

        var matches = Search(text);
        return matches.Count switch
        {
            1 => new ControlLookup(ControlLookupKind.Iso42001) { Control = matches[0] },
            > 1 => new ControlLookup(ControlLookupKind.Ambiguous) { Matches = matches },
            _ => new ControlLookup(ControlLookupKind.Unknown) { Suggestions = catalogue.Closest(text) },
        };
    }

    private string Corpus(ControlRow row) => string.Join(
        " ",
        [row.Control.Id, row.Control.Title, row.Control.Objective.Title, .. row.Control.Questions, .. row.Links, .. row.Links.Select(l => catalogue.FindIso27001(l)?.Title ?? l)])
        .ToUpperInvariant();

    /// <summary>Whether the upper-case corpus has the upper-case word, lightly stemmed.</summary>
    public static bool Matches(string corpus, string word)
    {
        if (corpus.Contains(word, StringComparison.Ordinal))
        {
            return true;
        }

        // A light stem so "logging" finds "logs" and "suppliers" finds "supplier".
        foreach (var suffix in (string[])["ING", "ES", "ED", "S"])
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return corpus.Contains(word[..^suffix.Length], StringComparison.Ordinal);
            }
        }

        return false;
    }
}
