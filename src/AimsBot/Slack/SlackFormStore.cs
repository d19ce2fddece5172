using AimsBot.Core.Storage;

namespace AimsBot.Slack;

/// <summary>Remembers each posted form so its button can open the modal at once; old forms are purged.</summary>
public sealed class SlackFormStore(AimsDatabase database, TimeProvider time)
{
    /// <summary>Forms older than this can no longer be opened (the dialog behind them is long gone).</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    public void Save(SlackFormRecord form)
    {
        form.CreatedAt = time.GetUtcNow().UtcDateTime;
        var forms = database.Collection<SlackFormRecord>(SlackStoreSchema.Forms);
        forms.Upsert(form);
        var cutoff = form.CreatedAt - Retention;
        forms.DeleteMany(x => x.CreatedAt < cutoff);
    }

    public SlackFormRecord? Find(string cardId) =>
        string.IsNullOrEmpty(cardId) ? null : database.Collection<SlackFormRecord>(SlackStoreSchema.Forms).FindById(cardId);
}
