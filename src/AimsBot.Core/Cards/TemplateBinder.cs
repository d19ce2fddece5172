using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using AimsBot.Core.Cards.Templating;

namespace AimsBot.Core.Cards;

/// <summary>
/// Binds an Adaptive Cards template (<c>${...}</c>, <c>$data</c>, <c>$when</c>) to data with the output of
/// the reference engine (npm <c>adaptivecards-templating</c> 2.3.1); the supported subset is documented
/// in <c>cards/README.md</c>. Each template is compiled once (cached per template instance) and every
/// data value is treated as data: text in it that looks like <c>${...}</c> is never evaluated.
/// </summary>
public static class TemplateBinder
{
    private static readonly ConditionalWeakTable<JsonObject, TemplateNode> Compiled = [];

    /// <exception cref="TemplateBindingException">The template uses something outside the supported subset, or an expression failed.</exception>
    public static JsonObject Bind(JsonObject template, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(data);
        var compiled = Compiled.GetValue(template, static t => TemplateNode.Compile(t));
        var result = TemplateExpander.Expand(compiled, new EvalScope(data, Undefined.Value, Undefined.Value));
        return result as JsonObject
            ?? throw new TemplateBindingException("The card template's root object was dropped by its $when or repeated by its $data; a card must bind to exactly one object.");
    }

    /// <summary>Compiles a template now, so an unsupported expression fails at start-up rather than at first use.</summary>
    /// <exception cref="TemplateBindingException">The template uses something outside the supported subset.</exception>
    public static void Compile(JsonObject template)
    {
        ArgumentNullException.ThrowIfNull(template);
        _ = Compiled.GetValue(template, static t => TemplateNode.Compile(t));
    }
}
