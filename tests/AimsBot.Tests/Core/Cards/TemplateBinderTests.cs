using System.Text.Json.Nodes;
using AimsBot.Core.Cards;
using AimsBot.Core.Cards.Templating;

namespace AimsBot.Tests.Core.Cards;

/// <summary>Each binder feature with its expected output written out (the oracle tests cover the rest).</summary>
public sealed class TemplateBinderTests
{
    private static JsonObject Bind(string template, string data) =>
        TemplateBinder.Bind(JsonNode.Parse(template)!.AsObject(), JsonNode.Parse(data)!.AsObject());

    private static string Json(string template, string data) => Bind(template, data).ToJsonString();

    [Fact]
    public void Bind_Resolves_Dotted_And_Indexed_Paths() =>
        Assert.Equal("""{"a":"deep","b":2,"c":"x"}""", Json("""{"a":"${o.p.q}","b":"${list[1].v}","c":"${list[0]['k']}"}""", """{"o":{"p":{"q":"deep"}},"list":[{"v":1,"k":"x"},{"v":2}]}"""));

    [Fact]
    public void Bind_Keeps_Json_Type_Of_Whole_String_Expressions() =>
        Assert.Equal("""{"n":3,"b":false,"o":{"x":[1]},"a":["p","q"],"z":null}""", Json("""{"n":"${n}","b":"${b}","o":"${o}","a":"${a}","z":"${z}"}""", """{"n":3,"b":false,"o":{"x":[1]},"a":["p","q"],"z":null}"""));

    [Fact]
    public void Bind_Interpolates_Numbers_And_Booleans_As_JavaScript_Does() =>
        Assert.Equal("1.5 of 3, true, 1e+21, 1e-7, 0.5, 1,a", Bind("""{"t":"${x} of ${n}, ${b}, ${big}, ${tiny}, ${h}, ${arr}"}""", """{"x":1.50,"n":3,"b":true,"big":1e21,"tiny":1e-7,"h":0.5,"arr":[1,"a"]}""")["t"]!.GetValue<string>());

    [Fact]
    public void Bind_Repeats_An_Element_Over_An_Array_With_Index_And_Root() =>
        Assert.Equal("""{"body":[{"t":"0 a Org"},{"t":"1 b Org"}]}""", Json("""{"body":[{"$data":"${items}","t":"${$index} ${n} ${$root.org}"}]}""", """{"org":"Org","items":[{"n":"a"},{"n":"b"}]}"""));

    [Fact]
    public void Bind_Scopes_Nested_Data_And_Restores_Outer_Scope() =>
        Assert.Equal(
            """{"body":[{"g":"G1","m":[{"t":"0:x top"},{"t":"1:y top"}]},{"g":"G2","m":[{"t":"0:z top"}]}],"after":"top"}""",
            Json(
                """{"body":[{"$data":"${groups}","g":"${name}","m":[{"$data":"${members}","t":"${$index}:${who} ${$root.name}"}]}],"after":"${name}"}""",
                """{"name":"top","groups":[{"name":"G1","members":[{"who":"x"},{"who":"y"}]},{"name":"G2","members":[{"who":"z"}]}]}"""));

    [Fact]
    public void Bind_Does_Not_Look_Up_Outer_Scopes_For_A_Missing_Name() =>
        Assert.Equal("""{"m":{"t":"${name}"}}""", Json("""{"m":{"$data":"${member}","t":"${name}"}}""", """{"name":"outer","member":{"who":"x"}}"""));

    [Fact]
    public void Bind_Uses_An_Object_Data_As_Scope_Without_Repeating() =>
        Assert.Equal("""{"p":{"t":"Bo 40"}}""", Json("""{"p":{"$data":"${person}","t":"${name} ${age}"}}""", """{"person":{"name":"Bo","age":40}}"""));

    [Fact]
    public void Bind_Drops_Elements_Whose_When_Is_Not_True()
    {
        // Act
        var card = Json(
            """{"body":[{"t":"a","$when":"${show}"},{"t":"b","$when":"${!show}"},{"t":"c","$when":"${missing}"},{"t":"d","$when":"${name}"},{"t":"e","$when":"${count(list) > 1}"}]}""",
            """{"show":true,"name":"x","list":[1,2]}""");

        // Assert: only exactly true keeps an element (a missing path or a string is not true)
        Assert.Equal("""{"body":[{"t":"a"},{"t":"e"}]}""", card);
    }

    [Fact]
    public void Bind_Evaluates_When_Per_Repeated_Item() =>
        Assert.Equal("""{"body":[{"t":"b"},{"t":"c"}]}""", Json("""{"body":[{"$data":"${items}","$when":"${v > 1}","t":"${n}"}]}""", """{"items":[{"n":"a","v":1},{"n":"b","v":2},{"n":"c","v":3}]}"""));

    [Fact]
    public void Bind_Writes_Missing_Paths_Back_Like_The_Reference_Engine() =>
        Assert.Equal("""{"a":"${nope}","b":"x ${o.nope} y","c":"${$index}"}""", Json("""{"a":"${nope}","b":"x ${o.nope} y","c":"${$index}"}""", """{"o":{}}"""));

    [Fact]
    public void Bind_Repeats_Nothing_For_An_Empty_Array() =>
        Assert.Equal("""{"body":[{"t":"after"}],"one":null}""", Json("""{"body":[{"$data":"${none}","t":"x"},{"t":"after"}],"one":{"$data":"${none}","t":"x"}}""", """{"none":[]}"""));

    [Fact]
    public void Bind_Never_Evaluates_Expressions_Inside_Data_Values()
    {
        // Arrange: a user typed text that looks like template expressions
        const string typed = "${secret} ${toUpper(secret)} ${";

        // Act
        var card = Bind("""{"a":"${v}","b":"Name: ${v}","c":{"$data":"${v}","t":"${length}"}}""", new JsonObject { ["v"] = typed, ["secret"] = "S" }.ToJsonString());

        // Assert
        Assert.Equal(typed, card["a"]!.GetValue<string>());
        Assert.Equal("Name: " + typed, card["b"]!.GetValue<string>());
        Assert.DoesNotContain("S", card["a"]!.GetValue<string>().Replace("${secret}", "", StringComparison.Ordinal).Replace("${toUpper(secret)}", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("${a == 1 && b != 'x'}", "true")]
    [InlineData("${a < 2 || a >= 5}", "true")]
    [InlineData("${!(a > 0) ? 'no' : 'yes'}", "\"yes\"")]
    [InlineData("${if(empty(list), 'none', join(list, ', ', ' and '))}", "\"p, q and r\"")]
    [InlineData("${concat(toUpper(b), '-', toLower('Q'), length(b), count(list))}", "\"Y-q13\"")]
    [InlineData("${and(exists(a), not(exists(zzz)), equals(a, 1), or(false, true))}", "true")]
    [InlineData("${null}", null)]
    public void Bind_Evaluates_Supported_Operators_And_Functions(string expression, string? expected)
    {
        // Arrange
        var template = new JsonObject { ["v"] = expression };
        var data = JsonNode.Parse("""{"a":1,"b":"y","list":["p","q","r"]}""")!.AsObject();

        // Act
        Exception? failure = null;
        JsonObject? card = null;
        try
        {
            card = TemplateBinder.Bind(template, data);
        }
        catch (TemplateBindingException exception)
        {
            failure = exception;
        }

        // Assert: ${null} fails in the reference engine too (null.toString())
        if (expected is null)
        {
            Assert.NotNull(failure);
            return;
        }

        Assert.Equal(expected, card!["v"]!.ToJsonString());
    }

    [Theory]
    [InlineData("${a + 1}")]
    [InlineData("${formatDateTime(d)}")]
    [InlineData("${[1, 2]}")]
    [InlineData("${if(a, 1)}")]
    [InlineData("${a ==}")]
    [InlineData("a ` b ${a}")]
    public void Bind_Rejects_Unsupported_Or_Malformed_Expressions(string text)
    {
        // Arrange
        var template = new JsonObject { ["v"] = text };

        // Act + Assert
        var failure = Assert.Throws<TemplateBindingException>(() => TemplateBinder.Compile(template));
        Assert.Contains(text.Contains('`', StringComparison.Ordinal) ? "backtick" : "cards/README.md", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_Reuses_The_Compiled_Template_And_Leaves_It_Unchanged()
    {
        // Arrange
        var template = JsonNode.Parse("""{"body":[{"$data":"${items}","t":"${n}"}]}""")!.AsObject();
        var before = template.ToJsonString();

        // Act
        var first = TemplateBinder.Bind(template, JsonNode.Parse("""{"items":[{"n":1},{"n":2}]}""")!.AsObject());
        var second = TemplateBinder.Bind(template, JsonNode.Parse("""{"items":[{"n":3}]}""")!.AsObject());

        // Assert
        Assert.Equal("""{"body":[{"t":1},{"t":2}]}""", first.ToJsonString());
        Assert.Equal("""{"body":[{"t":3}]}""", second.ToJsonString());
        Assert.Equal(before, template.ToJsonString());
    }

    [Fact]
    public void Bind_Output_Does_Not_Share_Nodes_With_Data()
    {
        // Arrange
        var data = JsonNode.Parse("""{"o":{"x":1}}""")!.AsObject();

        // Act
        var card = TemplateBinder.Bind(JsonNode.Parse("""{"a":"${o}"}""")!.AsObject(), data);
        card["a"]!["x"] = 2;

        // Assert
        Assert.Equal(1, data["o"]!["x"]!.GetValue<int>());
    }

    [Fact]
    public void Bind_Reads_Values_Built_In_Code()
    {
        // Arrange: data the dialogs build with JsonValue.Create rather than by parsing JSON
        var data = new JsonObject
        {
            ["count"] = 3,
            ["big"] = 5_000_000_000L,
            ["ratio"] = 0.25m,
            ["when"] = new DateTimeOffset(2026, 11, 28, 4, 0, 0, TimeSpan.Zero),
            ["ok"] = true,
            ["name"] = "Ann",
        };

        // Act
        var card = Bind("""{"a":"${count}","b":"${count} ${big} ${ratio} ${when} ${ok} ${name}","c":{"$when":"${count > 2 && ratio < 1}","t":1}}""", data.ToJsonString());
        var direct = TemplateBinder.Bind(JsonNode.Parse("""{"a":"${count}","b":"${count} ${big} ${ratio} ${when} ${ok} ${name}","c":{"$when":"${count > 2 && ratio < 1}","t":1}}""")!.AsObject(), data);

        // Assert
        Assert.Equal(3, card["a"]!.GetValue<long>());
        Assert.Equal("3 5000000000 0.25 2026-11-28T04:00:00+00:00 true Ann", card["b"]!.GetValue<string>());
        Assert.Equal("""{"t":1}""", card["c"]!.ToJsonString());
        Assert.Equal(card.ToJsonString(), direct.ToJsonString());
    }

    [Fact]
    public void Bind_Repeats_Large_Arrays_In_Linear_Time()
    {
        // Arrange
        var items = new JsonArray([.. Enumerable.Range(0, 20_000).Select(i => (JsonNode)new JsonObject { ["n"] = i })]);
        var template = JsonNode.Parse("""{"body":[{"$data":"${items}","t":"${n}"}]}""")!.AsObject();

        // Act
        var card = TemplateBinder.Bind(template, new JsonObject { ["items"] = items });

        // Assert
        Assert.Equal(20_000, card["body"]!.AsArray().Count);
        Assert.Equal(19_999, card["body"]![19_999]!["t"]!.GetValue<long>());
    }
}
