using System.Text.Json;
using System.Text.Json.Nodes;
using AimsBot.Core.Cards.BlockKit;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Governance.Exports;
using AimsBot.Teams.Activities;
using AimsBot.Tests.Core.Dialogs;
using AimsBot.Tests.Infrastructure;
using MiniExcelLibs;

namespace AimsBot.Tests.Security;

/// <summary>Mentions, links and invisible characters in what people type stay literal (or are refused) on both platforms and in exports.</summary>
public sealed class MarkupTests
{
    private const string Markup = "<!channel> @here <@U0ADMIN> [click](javascript:alert(1)) <http://evil.example|bank> **x**";

    [Fact]
    public async Task A_Name_Full_Of_Markup_Stays_Literal_In_Teams_Slack_Csv_And_Xlsx()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await RegistrationSteps.RegisterAsync(chat, Markup);

        // Act
        var shown = Assert.Single(await chat.SayAsync("system AI-0001", TranscriptHarness.Admin));
        Assert.True(shown.Card is not null, shown.Text);
        var card = shown.Card;
        var teams = AimsBotFactory.Cards().Render(card.TemplateId, card.Data);
        var slack = BlockKitRenderer.Message(teams).Blocks.ToJsonString();
        var export = Assert.Single(await chat.SayAsync("inventory export", TranscriptHarness.Admin)).Card!.Data;
        var links = chat.Get<ExportLinks>();
        var csv = System.Text.Encoding.UTF8.GetString(links.Resolve(Token(export["csvUrl"]!))!.Content);
        using var xlsx = new MemoryStream(links.Resolve(Token(export["xlsxUrl"]!))!.Content);
        var row = MiniExcel.Query(xlsx, useHeaderRow: true).Cast<IDictionary<string, object>>().Single();

        // Assert: Teams sees escaped markdown, Slack sees no control sequence, the files hold the text as typed.
        var teamsText = string.Join("\n", Strings(teams));
        Assert.DoesNotContain("[click](javascript", teamsText, StringComparison.Ordinal);
        Assert.Contains("\\[click\\]", teamsText, StringComparison.Ordinal);
        var slackText = string.Join("\n", Strings(JsonNode.Parse(slack)!));
        Assert.DoesNotContain("<!channel>", slackText, StringComparison.Ordinal);
        Assert.DoesNotContain("<@U0ADMIN>", slackText, StringComparison.Ordinal);
        Assert.DoesNotContain("<http://evil", slackText, StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt;", slackText, StringComparison.Ordinal);
        Assert.Contains(Markup, csv, StringComparison.Ordinal);
        Assert.Equal(Markup, row["Name"]);
    }

    [Theory]
    [InlineData("Payroll\u202Egnp.exe")]
    [InlineData("Pay\u200Broll")]
    [InlineData("Pay\u2066roll\u2069")]
    [InlineData("Pay\u0007roll")]
    [InlineData("Pay\uFEFFroll")]
    public async Task A_Name_With_Invisible_Or_Direction_Characters_Is_Refused(string name)
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var card = Assert.Single(await chat.SayAsync("register"));

        // Act
        var replies = await chat.SubmitAsync(card, RegistrationSteps.Step1(name));

        // Assert
        var errors = Assert.Single(replies).FieldErrors;
        Assert.NotNull(errors);
        Assert.Contains("invisible or control characters", errors["name"], StringComparison.Ordinal);
        Assert.Empty(chat.Get<IAiSystemStore>().All());
    }

    [Fact]
    public void Invisible_Characters_Already_Stored_Are_Shown_As_Replacement_Marks_Everywhere()
    {
        // Arrange
        const string Name = "Eve\u202Etxt.exe\u0001";
        var table = new ExportTable("Systems", ["Name"], [[Name]]);

        // Act
        var csv = System.Text.Encoding.UTF8.GetString(CsvExportWriter.Write(table));
        using var xlsx = new MemoryStream(XlsxExportWriter.Write([table]));
        var cell = MiniExcel.Query(xlsx, useHeaderRow: true).Cast<IDictionary<string, object>>().Single()["Name"];
        var markdown = Markdown.Escape(Name);
        var mrkdwn = SlackMrkdwn.Escape(Name);

        // Assert
        foreach (var shown in new[] { csv, (string)cell, markdown, mrkdwn })
        {
            Assert.DoesNotContain('\u202E', shown);
            Assert.DoesNotContain('\u0001', shown);
            Assert.Contains("Eve\uFFFDtxt.exe\uFFFD", shown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_Teams_Display_Name_With_Direction_Characters_Is_Neutralised_At_The_Edge()
    {
        // Arrange
        var activity = JsonSerializer.Deserialize<TeamsActivity>(
            """{"type":"message","id":"1","serviceUrl":"https://smba.trafficmanager.net/amer/","channelId":"msteams","text":"help","from":{"id":"29:a","name":"Eve\u202Etxt.exe"},"conversation":{"id":"a:1","tenantId":"t"}}""",
            TeamsJson.Options)!;

        // Act
        var turn = TeamsTurnMapper.ToTurn(activity, DateTimeOffset.UnixEpoch)!;

        // Assert
        Assert.Equal("Eve\uFFFDtxt.exe", turn.User.Name);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(document.cookie)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData(@"\\server\share\evidence.docx")]
    public void Evidence_Links_Other_Than_Http_Are_Refused(string location)
    {
        // Act
        var problem = EvidenceLocation.Problem(location);

        // Assert
        Assert.NotNull(problem);
        Assert.False(EvidenceLocation.IsHttpLink(location));
    }

    private static string Token(JsonNode url) => new Uri(url.GetValue<string>()).AbsolutePath["/exports/".Length..];

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(kv => Strings(kv.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        _ => [],
    };
}
