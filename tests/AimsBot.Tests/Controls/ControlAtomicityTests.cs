using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Controls;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AimsBot.Tests.Controls;

/// <summary>A change and its audit entry are written together: if the audit write fails, nothing changes.</summary>
public sealed class ControlAtomicityTests
{
    private sealed class FailingAuditLog : IAuditLog
    {
        public bool Fail { get; set; }

        public AuditEntry Record(Actor actor, string action, string entity, object? before, object? after) =>
            Fail ? throw new IOException("disk full") : new AuditEntry { Action = action, Entity = entity };

        public IReadOnlyList<AuditEntry> ForEntity(string entity) => [];

        public IReadOnlyList<AuditEntry> Latest(int count) => [];
    }

    [Fact]
    public async Task Assignment_And_Answer_Are_Rolled_Back_When_The_Audit_Write_Fails()
    {
        // Arrange
        var audit = new FailingAuditLog();
        using var chat = new TranscriptHarness(configure: services => services.Replace(ServiceDescriptor.Singleton<IAuditLog>(audit)));
        await ControlChat.AssignAsync(chat, "A.6.2.8", ControlChat.Owner);
        var card = await ControlChat.OpenAnswerCardAsync(chat, "A.6.2.8", ControlChat.Owner);
        audit.Fail = true;
        var inputs = ControlChat.Applicable("A.6.2.8");
        inputs["evidenceTitle"] = "Logging standard";
        inputs["evidenceLocation"] = "https://contoso.example/logging";

        // Act
        var answer = Assert.Single(await chat.SubmitAsync(card, inputs, ControlChat.Owner));
        var assign = Assert.Single(await ControlChat.SayWithMentionsAsync(chat, "assign A.7 @Lee", TranscriptHarness.Admin, ControlChat.Stranger));

        // Assert
        Assert.StartsWith("Sorry, something went wrong on my side", answer.Text, StringComparison.Ordinal);
        Assert.StartsWith("Sorry, something went wrong on my side", assign.Text, StringComparison.Ordinal);
        var store = chat.Get<IControlStore>();
        Assert.Equal(Applicability.Unanswered, store.Get("A.6.2.8").Applicability);
        Assert.Equal(0, chat.Get<IEvidenceStore>().Count());
        Assert.Empty(store.OwnedBy(ControlChat.Stranger.Key));
        audit.Fail = false;
        Assert.Equal("control", Assert.Single(await chat.SubmitAsync(card, inputs, ControlChat.Owner)).Card!.TemplateId);
    }
}
