using AimsBot.Core.Delivery;
using AimsBot.Processing;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AimsBot.Tests.Core.Delivery;

/// <summary>The host's turn processor over a transcript harness's stores, driven by hand in tests.</summary>
internal static class TurnProcessors
{
    public static TurnProcessor For(TranscriptHarness chat) => new(
        chat.Get<InboxWriter>(),
        chat.Get<InboxCursor>(),
        chat.Get<IProcessedTurns>(),
        chat.Get<IOutboxStore>(),
        chat.Get<AimsBot.Core.Storage.ICardActionLog>(),
        chat.Get<InboxSignal>(),
        chat.Get<InboxTurnRunner>(),
        chat.Time,
        Options.Create(new DeliveryOptions()),
        NullLogger<TurnProcessor>.Instance);
}
