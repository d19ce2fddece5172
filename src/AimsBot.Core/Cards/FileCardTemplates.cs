using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Cards;

/// <summary>Loads every template in the cards folder once at start and binds them on demand.</summary>
public sealed class FileCardTemplates : ICardTemplates
{
    private readonly FrozenDictionary<string, JsonObject> _templates;

    public FileCardTemplates(IOptions<CardsOptions> options)
        : this(ResolveDirectory(options.Value.Directory))
    {
    }

    public FileCardTemplates(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The card templates folder '{directory}' does not exist (setting Cards:Directory).");
        }

        _templates = System.IO.Directory.EnumerateFiles(directory, "*.json")
            .Where(path => !path.EndsWith(".data.json", StringComparison.OrdinalIgnoreCase))
            .ToFrozenDictionary(
                path => Path.GetFileNameWithoutExtension(path),
                path => JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                    ?? throw new InvalidDataException($"Card template '{path}' is not a JSON object."),
                StringComparer.Ordinal);

        // Compile now: an expression outside the supported subset fails at start-up, not on first use.
        foreach (var (id, template) in _templates)
        {
            try
            {
                TemplateBinder.Compile(template);
            }
            catch (Templating.TemplateBindingException exception)
            {
                throw new InvalidDataException($"Card template '{id}' cannot be used: {exception.Message}", exception);
            }
        }
    }

    public IReadOnlyCollection<string> TemplateIds => _templates.Keys;

    public JsonObject Render(string templateId, JsonObject data) =>
        _templates.TryGetValue(templateId, out var template)
            ? TemplateBinder.Bind(template, data)
            : throw new KeyNotFoundException($"No card template '{templateId}'.");

    public static string ResolveDirectory(string configured) =>
        string.IsNullOrWhiteSpace(configured) ? Path.Combine(AppContext.BaseDirectory, "cards") : Path.GetFullPath(configured);
}
