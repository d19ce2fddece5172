using System.Text.Json.Nodes;
using CsCheck;

namespace AimsBot.Tests.Security;

/// <summary>Generators of hostile input: markup, mentions, formulas, control, bidirectional and zero-width characters, huge and deep values.</summary>
public static class Nasty
{
    /// <summary>Pieces a hostile or unlucky person might type or paste.</summary>
    public static readonly string[] Pieces =
    [
        "\u202E", "\u2066", "\u2069", "\u200B", "\u200F", "\uFEFF", "\u2028", "\0", "\u0007", "\u001B[31m", "\r\n", "\t",
        "<!channel>", "<!here>", "@here", "@channel", "<@U0ADMIN>", "<#C123|general>", "<http://evil.example|your bank>",
        "[click](javascript:alert(1))", "javascript:alert(1)", "${user.name}", "${$root}", "{{x}}", "=HYPERLINK(\"http://evil.example\")",
        "+1", "-1", "@SUM(1)", "**bold**", "_x_", "`code`", "<at>AimsBot</at>", "</script>", "\"'", "\\", "&amp;", "&lt;",
        "👨‍👩‍👧", "é", "Ω", "𝓐", "AI-0001", "A.6.2.8", " ", "true", "null", "0", "-9999999999999999999",
    ];

    /// <summary>Text made of hostile pieces and random characters, sometimes very long.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (6, Gen.OneOf(Gen.OneOf(Pieces), Gen.String[0, 12]).Array[0, 6].Select(parts => string.Concat(parts))),
        (1, Gen.Int[1_000, 20_000].Select(n => new string('x', n) + "\u202E<!channel>")));

    /// <summary>Any JSON value, nested up to <paramref name="depth"/>.</summary>
    public static Gen<JsonNode?> Json(int depth) => depth <= 0
        ? Leaf
        : Gen.Frequency(
            (4, Leaf),
            (1, Json(depth - 1).Array[0, 4].Select(items => (JsonNode?)new JsonArray([.. items]))),
            (1, Gen.Select(Gen.OneOf(Gen.OneOf(Pieces), Gen.String[1, 8]).Array[0, 4], Json(depth - 1).Array[4, 4], (keys, values) =>
            {
                var obj = new JsonObject();
                for (var i = 0; i < keys.Length; i++)
                {
                    obj[keys[i]] = values[i];
                }

                return (JsonNode?)obj;
            })));

    /// <summary>Arrays nested far deeper than any parser should follow.</summary>
    public static readonly Gen<JsonNode?> Deep = Gen.Int[60, 400].Select(depth =>
    {
        JsonNode node = JsonValue.Create("bottom");
        for (var i = 0; i < depth; i++)
        {
            node = new JsonArray(node);
        }

        return (JsonNode?)node;
    });

    private static readonly Gen<JsonNode?> Leaf = Gen.Frequency(
        (1, Gen.Const((JsonNode?)null)),
        (4, Text.Select(s => (JsonNode?)JsonValue.Create(s))),
        (1, Gen.Long.Select(n => (JsonNode?)JsonValue.Create(n))),
        (1, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))));

    /// <summary>Whether a response or reply shows internals: an exception name or stack frame.</summary>
    public static bool ShowsInternals(string? text) =>
        text is not null && (text.Contains("Exception", StringComparison.Ordinal) || text.Contains("   at ", StringComparison.Ordinal)
            || text.Contains(".cs:line", StringComparison.Ordinal));
}
