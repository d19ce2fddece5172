using System.Text.Json.Nodes;

namespace AimsBot.Core.Cards;

/// <summary>The card templates in <c>cards/</c>, bound to data: the one card source for every platform.</summary>
public interface ICardTemplates
{
    /// <summary>Ids of every template (file names without <c>.json</c>).</summary>
    IReadOnlyCollection<string> TemplateIds { get; }

    /// <summary>Binds a template to data and returns an Adaptive Card 1.5 object.</summary>
    /// <exception cref="KeyNotFoundException">No template has that id.</exception>
    JsonObject Render(string templateId, JsonObject data);
}
