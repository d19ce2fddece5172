using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AimsBot.Core.Cards.Templating;

/// <summary>
/// Path look-ups as Adaptive Expressions' <c>SimpleObjectMemory.getValue</c> does them: the path is split
/// on <c>.</c>, <c>[</c> and <c>]</c>; property names match case-insensitively; a bad index gives
/// <see cref="Undefined"/>. Paths not starting with <c>$</c> are read from <c>$data</c>.
/// </summary>
internal static partial class MemoryPath
{
    private const int MaxCachedPaths = 4096;
    private static readonly string[] MemoryKeys = ["_memory", "$root", "$data", "$index", "$host", "$_acTemplateVersion"];
    private static readonly ConcurrentDictionary<string, Part[]> MemoryPaths = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Part[]> ValuePaths = new(StringComparer.Ordinal);

    /// <summary>Reads a path from the template memory (<c>$root</c>, <c>$data</c>, <c>$index</c>).</summary>
    public static object? GetFromMemory(EvalScope scope, string path)
    {
        var parts = Parsed(MemoryPaths, path, static path => Split(path.Length > 0 && path[0] != '$' ? "$data." + path : path));
        if (parts.Length == 0)
        {
            return Undefined.Value;
        }

        object? current = MemoryKeys.FirstOrDefault(k => string.Equals(k, parts[0].Name, StringComparison.OrdinalIgnoreCase)) switch
        {
            "$root" => scope.Root,
            "$data" => scope.CurrentData,
            "$index" => scope.Index,
            _ => Undefined.Value,
        };
        return Walk(current, parts, 1);
    }

    /// <summary>Reads a path from a value (the result of a non-path expression).</summary>
    public static object? GetFromValue(object? value, string path)
    {
        if (value is Undefined || path.Length == 0)
        {
            return Undefined.Value;
        }

        return Walk(value, Parsed(ValuePaths, path, Split), 0);
    }

    private static object? Walk(object? current, Part[] parts, int start)
    {
        var value = current;
        for (var i = start; i < parts.Length; i++)
        {
            EvalResult step = parts[i].Index is { } index && current is JsonArray
                ? AccessIndex(current, index)
                : EvalResult.Of(AccessProperty(current, parts[i].Name));
            if (step.Error is not null)
            {
                return Undefined.Value;
            }

            value = step.Value;
            current = value;
        }

        return value;
    }

    /// <summary>Adaptive Expressions' <c>accessProperty</c>: first key equal ignoring case; falsy instances give undefined.</summary>
    public static object? AccessProperty(object? instance, string property)
    {
        switch (instance)
        {
            case null or Undefined or false or "":
                return Undefined.Value;
            case double number when number == 0 || double.IsNaN(number):
                return Undefined.Value;
            case JsonObject obj:
                foreach (var (key, node) in obj)
                {
                    if (string.Equals(key, property, StringComparison.OrdinalIgnoreCase))
                    {
                        return JsValue.FromNode(node);
                    }
                }

                return Undefined.Value;
            case JsonArray array when IsCanonicalIndex(property, array.Count, out var i):
                return JsValue.FromNode(array[i]);
            case string text when IsCanonicalIndex(property, text.Length, out var i):
                return text[i].ToString();
            default:
                return Undefined.Value;
        }
    }

    /// <summary>Adaptive Expressions' <c>accessIndex</c>.</summary>
    public static EvalResult AccessIndex(object? instance, int index)
    {
        if (instance is null or Undefined)
        {
            return EvalResult.Of(Undefined.Value);
        }

        if (instance is not JsonArray array)
        {
            return EvalResult.Fail($"{JsValue.TemplateString(instance)} is not a collection.");
        }

        return index >= 0 && index < array.Count
            ? EvalResult.Of(JsValue.FromNode(array[index]))
            : EvalResult.Fail($"{index} is out of range for {JsValue.TemplateString(array)}");
    }

    /// <summary>JavaScript's <c>parseInt</c>: optional spaces and sign, then leading digits; null when none.</summary>
    public static int? JsParseInt(string text)
    {
        var match = LeadingInteger().Match(text);
        if (!match.Success)
        {
            return null;
        }

        return int.TryParse(match.Value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : (match.Value.TrimStart().StartsWith('-') ? int.MinValue : int.MaxValue);
    }

    private static bool IsCanonicalIndex(string text, int count, out int index)
    {
        index = -1;
        return text.Length > 0 && text.All(char.IsAsciiDigit) && (text == "0" || text[0] != '0')
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out index) && index < count;
    }

    /// <summary>
    /// A path split once: a template binds the same few paths on every send. Paths come from the templates'
    /// expressions, so the cache stays small; past its bound a path is split each time.
    /// </summary>
    private static Part[] Parsed(ConcurrentDictionary<string, Part[]> cache, string path, Func<string, Part[]> split)
    {
        if (cache.TryGetValue(path, out var parts))
        {
            return parts;
        }

        parts = split(path);
        if (cache.Count < MaxCachedPaths)
        {
            cache.TryAdd(path, parts);
        }

        return parts;
    }

    private static Part[] Split(string path)
    {
        var parts = new List<Part>();
        foreach (var raw in Separators().Split(path))
        {
            if (raw.Length == 0)
            {
                continue;
            }

            var quoted = raw.Length >= 2 && ((raw[0] == '"' && raw[^1] == '"') || (raw[0] == '\'' && raw[^1] == '\''));
            var name = quoted ? raw[1..^1] : raw;
            parts.Add(new Part(name, JsParseInt(name)));
        }

        return [.. parts];
    }

    /// <summary>One step of a path: the property name, and the index it reads as (JavaScript's <c>parseInt</c>), if any.</summary>
    private readonly record struct Part(string Name, int? Index);

    [GeneratedRegex(@"[.\[\]]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\s*[+-]?\d+")]
    private static partial Regex LeadingInteger();
}
