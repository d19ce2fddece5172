using System.Text.Json.Nodes;
using AimsBot.Core.Cards;
using AimsBot.Core.Cards.Templating;

namespace AimsBot.Tests.Core.Cards;

/// <summary>
/// The C# binder against the reference engine (npm adaptivecards-templating 2.3.1) on every supported
/// expression and structural rule: same JSON, or both fail.
/// </summary>
public sealed class TemplateBinderConformanceTests(ConformanceFixture fixture) : IClassFixture<ConformanceFixture>
{
    public static TheoryData<string> Expressions => [.. ConformanceCases.Expressions];

    public static TheoryData<string> Templates => [.. ConformanceCases.Templates.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Expressions))]
    public void Bind_Matches_Reference_Engine_For_Expression(string expression)
    {
        foreach (var (key, _) in ConformanceFixture.ExpressionJobs(expression))
        {
            AssertSameAsReference(key);
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Bind_Matches_Reference_Engine_For_Template(string name) => AssertSameAsReference("template:" + name);

    private void AssertSameAsReference(string key)
    {
        // Arrange
        var (template, data, expected) = fixture.Jobs[key];

        // Act
        JsonObject? actual = null;
        Exception? failure = null;
        try
        {
            actual = TemplateBinder.Bind(template, data);
        }
        catch (TemplateBindingException exception)
        {
            failure = exception;
        }

        // Assert
        if (expected.Error is not null)
        {
            Assert.True(failure is not null, $"{key}: the reference engine failed ({expected.Error}) but the binder produced {actual?.ToJsonString()}");
            return;
        }

        Assert.True(failure is null, $"{key}: the binder failed ({failure?.Message}) but the reference engine produced {expected.Card?.ToJsonString()}");
        Assert.Equal(CanonicalJson.Write(expected.Card), CanonicalJson.Write(actual));
    }
}
