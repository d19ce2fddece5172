using System.Text.Json;
using System.Text.Json.Serialization;

namespace AimsBot.Core.Governance.Controls;

/// <summary>Reads <c>catalogue.json</c> (embedded in this assembly) and refuses a catalogue that does not validate.</summary>
public static class CatalogueLoader
{
    public const string ResourceName = "AimsBot.Core.Governance.Controls.catalogue.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static ControlCatalogue LoadEmbedded()
    {
        using var stream = typeof(CatalogueLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The control catalogue resource '{ResourceName}' is missing from the build.");
        return Load(stream);
    }

    /// <exception cref="InvalidDataException">The JSON is malformed or the catalogue is invalid; the message lists every problem.</exception>
    public static ControlCatalogue Load(Stream json)
    {
        CatalogueDocument document;
        try
        {
            document = JsonSerializer.Deserialize<CatalogueDocument>(json, Options)
                ?? throw new InvalidDataException("The control catalogue is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("The control catalogue is not valid JSON: " + ex.Message, ex);
        }

        var problems = CatalogueValidator.Validate(document);
        if (problems.Count > 0)
        {
            throw new InvalidDataException("The control catalogue is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => " - " + p)));
        }

        var objectives = document.Objectives
            .Select(o => new ControlObjective(o.Id, o.Title) { Parts = [.. o.Parts.Select(p => new ControlObjective(p.Id, p.Title))] })
            .ToList();
        var byId = objectives.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var controls = document.Controls
            .Select(c => new AnnexAControl(c.Id, c.Title, byId[c.Objective], [.. c.Iso27001], ParseKind(c.Reuse), [.. c.Questions])
            {
                Part = byId[c.Objective].PartOf(c.Id),
                SuggestedIso27001 = [.. c.SuggestedIso27001],
            })
            .ToList();
        var iso = document.Iso27001.Select(c => new Iso27001Control(c.Id, c.Title, c.Theme)).ToList();
        var clauses = document.Clauses.Select(c => new ClauseMapping(c.Clause, c.Title, ParseKind(c.Kind), c.FromIsms, c.Addition)).ToList();
        return new ControlCatalogue(objectives, controls, iso, clauses);
    }

    internal static ReuseKind ParseKind(string value) => value switch
    {
        "transfer" => ReuseKind.Transfer,
        "extend" => ReuseKind.Extend,
        "new" => ReuseKind.New,
        _ => throw new InvalidDataException($"Unknown reuse kind '{value}'."),
    };
}
