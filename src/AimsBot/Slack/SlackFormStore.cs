using AimsBot.Core.Storage;

namespace AimsBot.Slack;

/// <summary>Remembers each posted form so its button can open the modal at once; old forms are purged.</summary>
public sealed class SlackFormStore(IRecordStore<SlackFormRecord> forms, TimeProvider time)
{
    /// <summary>The store's collection of posted forms.</summary>
    public const string Collection = "slack_forms";

    /// <summary>Forms older than this can no longer be opened (the dialog behind them is long gone).</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    public void Save(SlackFormRecord form)
    {
        form.CreatedAt = time.GetUtcNow().UtcDateTime;
        forms.Upsert(form);
        forms.PurgeBefore(form.CreatedAt - Retention);
    }

    public SlackFormRecord? Find(string cardId) => forms.Find(cardId);
}
