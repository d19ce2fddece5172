using System.Text.Json.Nodes;

namespace AimsBot.Core.Cards.Templating;

/// <summary>A template compiled once: its strings are parsed, so binding never re-parses.</summary>
internal abstract class TemplateNode
{
    public static TemplateNode Compile(JsonNode? node) => node switch
    {
        JsonObject obj => new ObjectNode(obj),
        JsonArray array => new ArrayNode([.. array.Select(Compile)]),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String
            && InterpolatedString.Parse(value.GetValue<string>()) is { } expression => new ExpressionNode(expression),
        _ => new LiteralNode(node),
    };
}

/// <summary>A JSON value with no expression (copied as is).</summary>
internal sealed class LiteralNode(JsonNode? value) : TemplateNode
{
    public JsonNode? Value { get; } = value?.DeepClone();
}

/// <summary>A string holding <c>${...}</c>.</summary>
internal sealed class ExpressionNode(Expr expression) : TemplateNode
{
    public Expr Expression { get; } = expression;
}

/// <summary>An array whose items are expanded (and flattened when they repeat).</summary>
internal sealed class ArrayNode(IReadOnlyList<TemplateNode> items) : TemplateNode
{
    public IReadOnlyList<TemplateNode> Items { get; } = items;
}

/// <summary>An object, with its <c>$data</c> and <c>$when</c> kept apart from its properties.</summary>
internal sealed class ObjectNode : TemplateNode
{
    private static readonly HashSet<string> Reserved = new(["$data", "$when", "$root", "$index", "$host", "$_acTemplateVersion"], StringComparer.Ordinal);

    public ObjectNode(JsonObject obj)
    {
        Properties = [.. obj.Where(p => !Reserved.Contains(p.Key)).Select(p => (p.Key, Compile(p.Value)))];
        if (obj.TryGetPropertyValue("$data", out var data))
        {
            HasData = true;
            DataExpression = data is JsonValue ? InterpolatedString.Parse(data.GetValueKind() == System.Text.Json.JsonValueKind.String ? data.GetValue<string>() : "") : null;
            DataLiteral = data?.DeepClone();
        }

        if (obj.TryGetPropertyValue("$when", out var when))
        {
            HasWhen = true;
            WhenExpression = when is JsonValue ? InterpolatedString.Parse(when.GetValueKind() == System.Text.Json.JsonValueKind.String ? when.GetValue<string>() : "") : null;
            WhenLiteral = when?.DeepClone();
        }
    }

    public IReadOnlyList<(string Name, TemplateNode Value)> Properties { get; }

    public bool HasData { get; }

    /// <summary>The <c>$data</c> expression; when null, <see cref="DataLiteral"/> is the data itself.</summary>
    public Expr? DataExpression { get; }

    public JsonNode? DataLiteral { get; }

    public bool HasWhen { get; }

    /// <summary>The <c>$when</c> expression; when null, a truthy <see cref="WhenLiteral"/> drops the object (as the reference does).</summary>
    public Expr? WhenExpression { get; }

    public JsonNode? WhenLiteral { get; }
}
