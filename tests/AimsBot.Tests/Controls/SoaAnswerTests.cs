using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Controls;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Controls;

public sealed class SoaAnswerTests
{
    private static async Task<(TranscriptHarness Chat, Reply Card)> OwnedAsync(string controlId = "A.6.2.8")
    {
        var chat = new TranscriptHarness();
        await ControlChat.AssignAsync(chat, controlId, ControlChat.Owner);
        return (chat, await ControlChat.OpenAnswerCardAsync(chat, controlId, ControlChat.Owner));
    }

    [Fact]
    public async Task Owner_Answers_Applicable_With_Evidence_Shared_With_Iso27001_And_It_Is_Audited()
    {
        // Arrange
        var (chat, card) = await OwnedAsync();
        using var _ = chat;
        var inputs = ControlChat.Applicable("A.6.2.8", "PartiallyImplemented", "2027-02-01");
        inputs["evidenceTitle"] = "Logging standard v3";
        inputs["evidenceLocation"] = "https://contoso.sharepoint.com/isms/logging";
        inputs["evidenceIso27001"] = "A.8.15";

        // Act
        var replies = await chat.SubmitAsync(card, inputs, ControlChat.Owner);

        // Assert
        var reply = Assert.Single(replies);
        Assert.Equal("control", reply.Card!.TemplateId);
        Assert.Equal("card-message-1", reply.ReplaceMessageId);
        var record = chat.Get<IControlStore>().Get("A.6.2.8");
        Assert.Equal(Applicability.Applicable, record.Applicability);
        Assert.Equal([InclusionReason.RiskTreatment, InclusionReason.GoodPractice], record.InclusionReasons);
        Assert.Equal(ImplementationStatus.PartiallyImplemented, record.Status);
        Assert.Equal(new DateTime(2027, 2, 1, 0, 0, 0, DateTimeKind.Utc), record.TargetDate);
        Assert.Equal(new DateTime(2027, 11, 1, 0, 0, 0, DateTimeKind.Utc), record.NextReview);
        var item = Assert.Single(chat.Get<IEvidenceStore>().ForIso27001("A.8.15"));
        Assert.Equal(["A.6.2.8"], item.Iso42001);
        Assert.Equal("Logging standard v3", item.Title);
        var audit = chat.Get<IAuditLog>().ForEntity("control:A.6.2.8")[^1];
        Assert.Equal("control.answered", audit.Action);
        Assert.Equal(ControlChat.Owner.Key, audit.ActorKey);
        Assert.Contains("\"applicability\":\"Unanswered\"", audit.Before, StringComparison.Ordinal);
        Assert.Contains("\"applicability\":\"Applicable\"", audit.After, StringComparison.Ordinal);
        Assert.Contains($"\"evidence\":[{item.Id}]", audit.After, StringComparison.Ordinal);
        var again = Assert.Single(await chat.SubmitAsync(card, inputs, ControlChat.Owner));
        Assert.Equal("That card was already submitted, so nothing changed.", again.Text);
    }

    [Fact]
    public async Task Evidence_Is_Stored_Once_When_Another_Control_Uses_The_Same_Location()
    {
        // Arrange
        var (chat, card) = await OwnedAsync("A.4.2");
        using var _ = chat;
        var first = ControlChat.Applicable("A.4.2");
        first["evidenceTitle"] = "Asset register";
        first["evidenceLocation"] = "https://contoso.example/isms/assets";
        first["evidenceIso27001"] = "A.5.9";
        await chat.SubmitAsync(card, first, ControlChat.Owner);
        await ControlChat.AssignAsync(chat, "A.4.3", ControlChat.Owner);
        var second = await ControlChat.OpenAnswerCardAsync(chat, "A.4.3", ControlChat.Owner);
        var shared = second.Card!.Data["evidenceChoices"]!.AsArray();

        // Act
        var inputs = ControlChat.Applicable("A.4.3");
        inputs["keepEvidence"] = shared[0]!["value"]!.GetValue<string>();
        await chat.SubmitAsync(second, inputs, ControlChat.Owner, "card-message-2");

        // Assert
        var item = Assert.Single(chat.Get<IEvidenceStore>().All());
        Assert.Equal(["A.4.2", "A.4.3"], item.Iso42001);
        Assert.Equal(["A.5.9"], item.Iso27001);
        Assert.Equal(1, chat.Get<IEvidenceStore>().Count());
    }

    [Fact]
    public async Task Non_Owner_Cannot_Open_Or_Submit_And_Nothing_Changes()
    {
        // Arrange
        var (chat, card) = await OwnedAsync();
        using var _ = chat;

        // Act
        var open = Assert.Single(await chat.SayAsync("answer A.6.2.8", ControlChat.Stranger));
        var submit = Assert.Single(await chat.SubmitAsync(card, ControlChat.Applicable("A.6.2.8"), ControlChat.Stranger));

        // Assert
        Assert.Equal("Only the owner of A.6.2.8 (Megan Bowen) or an AIMS admin can answer it.", open.Text);
        Assert.Equal("Only the owner of A.6.2.8 (Megan Bowen) or an AIMS admin can answer it. Nothing was saved.", submit.Text);
        Assert.Equal(Applicability.Unanswered, chat.Get<IControlStore>().Get("A.6.2.8").Applicability);
        Assert.DoesNotContain(chat.Get<IAuditLog>().ForEntity("control:A.6.2.8"), e => e.Action == "control.answered");
    }

    [Fact]
    public async Task Admin_May_Answer_Any_Control_Even_Without_An_Owner()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var ownerless = Assert.Single(await chat.SayAsync("answer A.5.5", ControlChat.Owner));
        var card = await ControlChat.OpenAnswerCardAsync(chat, "A.5.5", TranscriptHarness.Admin);

        // Act
        await chat.SubmitAsync(card, ControlChat.Excluded("A.5.5", "We build no AI with societal reach; reviewed yearly."), TranscriptHarness.Admin);

        // Assert
        Assert.Contains("has no owner yet, so only an AIMS admin can answer it", ownerless.Text, StringComparison.Ordinal);
        var record = chat.Get<IControlStore>().Get("A.5.5");
        Assert.Equal(Applicability.Excluded, record.Applicability);
        Assert.Null(record.TargetDate);
        Assert.Equal("We build no AI with societal reach; reviewed yearly.", record.Justification);
    }

    public static TheoryData<string, string, string, string> BadAnswers => new()
    {
        { "applicability", "Excluded", "justification", "An excluded control needs a written reason for the exclusion." },
        { "targetDate", "", "targetDate", "Give a target date while the control is not fully implemented." },
        { "reasons", "", "reasons", "Choose at least one reason for including it." },
        { "justification", "", "justification", "Say why the control is included: the SoA justifies inclusions as well as exclusions." },
        { "status", "Implemented", "implementation", "Say how the control is implemented (the process, tool or document that does it)." },
        { "implementation", new string('i', 2001), "implementation", "How it is implemented can be at most 2000 characters (you wrote 2001)." },
        { "justification", new string('j', 2001), "justification", "The justification can be at most 2000 characters (you wrote 2001)." },
        { "evidenceLocation", "javascript:alert(1)", "evidenceLocation", "Links must start with https:// or http://; other kinds of link are not accepted." },
        { "evidenceLocation", "file:///etc/passwd", "evidenceLocation", "Links must start with https:// or http://; other kinds of link are not accepted." },
        { "evidenceLocation", new string('l', 501), "evidenceLocation", "The evidence location can be at most 500 characters (you wrote 501)." },
        { "evidenceIso27001", "A.5.1", "evidenceIso27001", "Pick ISO 27001 controls linked to A.6.2.8." },
        { "nextReview", "next year", "nextReview", "The next review date must be a date like 2026-12-31." },
        { "status", "Done", "status", "“Done” is not one of the choices for implementation status." },
        { "nextReview", "", "nextReview", "Set the next review date." },
        { "nextReview", "2026-11-01", "nextReview", "The next review date can't be in the past." },
        { "targetDate", "2020-01-01", "targetDate", "The target date can't be in the past." },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task Invalid_Answer_Is_Reshown_With_The_Field_Error_And_Nothing_Is_Saved(string field, string value, string errorField, string message)
    {
        // Arrange
        var (chat, card) = await OwnedAsync();
        using var _ = chat;
        var inputs = ControlChat.Applicable("A.6.2.8", "Planned", "2027-03-01");
        inputs[field] = value;
        if (field == "applicability")
        {
            inputs["justification"] = "";
        }

        if (field.StartsWith("evidence", StringComparison.Ordinal))
        {
            inputs.TryAdd("evidenceTitle", "Log retention procedure");
            inputs.TryAdd("evidenceLocation", "Records room, binder 4");
        }

        // Act
        var reply = Assert.Single(await chat.SubmitAsync(card, inputs, ControlChat.Owner));

        // Assert
        Assert.Equal("control-answer", reply.Card!.TemplateId);
        Assert.Equal(message, reply.FieldErrors![errorField]);
        Assert.Equal(message, reply.Card.Data["errors"]![errorField]!.GetValue<string>());
        Assert.Equal("card-message-1", reply.ReplaceMessageId);
        Assert.Equal(Applicability.Unanswered, chat.Get<IControlStore>().Get("A.6.2.8").Applicability);
        Assert.Equal(0, chat.Get<IEvidenceStore>().Count());
        var fixedInputs = ControlChat.Applicable("A.6.2.8");
        Assert.Equal("control", Assert.Single(await chat.SubmitAsync(card, fixedInputs, ControlChat.Owner)).Card!.TemplateId);
    }

    [Fact]
    public async Task A_Plain_Location_Without_A_Scheme_Is_Accepted_And_Escaped_On_The_Card()
    {
        // Arrange
        var (chat, card) = await OwnedAsync();
        using var _ = chat;
        var inputs = ControlChat.Applicable("A.6.2.8");
        inputs["evidenceTitle"] = "Log *review* [minutes](x)";
        inputs["evidenceLocation"] = "ISMS SharePoint: Policies > Logging";

        // Act
        var reply = Assert.Single(await chat.SubmitAsync(card, inputs, ControlChat.Owner));

        // Assert
        var evidence = reply.Card!.Data["evidence"]![0]!;
        Assert.Equal(@"Log \*review\* \[minutes\](x)", evidence["title"]!.GetValue<string>());
        Assert.Equal(@"ISMS SharePoint: Policies \> Logging", evidence["location"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_Answer_Saved_By_Someone_Else_After_The_Card_Was_Opened_Is_Not_Overwritten()
    {
        // Arrange
        var (chat, ownerCard) = await OwnedAsync();
        using var _ = chat;
        var adminCard = await ControlChat.OpenAnswerCardAsync(chat, "A.6.2.8", TranscriptHarness.Admin);
        chat.Time.Advance(TimeSpan.FromMinutes(5));
        await chat.SubmitAsync(adminCard, ControlChat.Excluded("A.6.2.8", "No AI system of ours logs events; reviewed yearly."), TranscriptHarness.Admin, "admin-card");

        // Act
        var reply = Assert.Single(await chat.SubmitAsync(ownerCard, ControlChat.Applicable("A.6.2.8"), ControlChat.Owner));

        // Assert
        Assert.Equal(CardOutcome.Refused, reply.Outcome);
        Assert.StartsWith("A.6.2.8 was changed by", reply.Text, StringComparison.Ordinal);
        Assert.Equal(Applicability.Excluded, chat.Get<IControlStore>().Get("A.6.2.8").Applicability);
        Assert.Single(chat.Get<IAuditLog>().ForEntity("control:A.6.2.8"), e => e.Action == "control.answered");
    }

    [Fact]
    public async Task A_Card_From_A_Cancelled_Form_Changes_Nothing_And_Cancel_Saves_Nothing()
    {
        // Arrange
        var (chat, first) = await OwnedAsync();
        using var _ = chat;
        var cancel = new Dictionary<string, string> { ["verb"] = "answer/cancel", ["control"] = "A.6.2.8" };

        // Act
        var cancelled = Assert.Single(await chat.SubmitAsync(first, cancel, ControlChat.Owner));
        var second = await ControlChat.OpenAnswerCardAsync(chat, "A.6.2.8", ControlChat.Owner);
        var stale = Assert.Single(await chat.SubmitAsync(first, ControlChat.Applicable("A.6.2.8"), ControlChat.Owner, "card-message-1"));

        // Assert
        Assert.Equal(CardOutcome.Done, cancelled.Outcome);
        Assert.Equal("notice", cancelled.Card!.TemplateId);
        Assert.NotEqual(first.Card!.Data["cardId"]!.GetValue<string>(), second.Card!.Data["cardId"]!.GetValue<string>());
        Assert.Equal(CardOutcome.Refused, stale.Outcome);
        Assert.Equal(Applicability.Unanswered, chat.Get<IControlStore>().Get("A.6.2.8").Applicability);
        Assert.Equal("control", Assert.Single(await chat.SubmitAsync(second, ControlChat.Applicable("A.6.2.8"), ControlChat.Owner, "card-message-2")).Card!.TemplateId);
    }
}
