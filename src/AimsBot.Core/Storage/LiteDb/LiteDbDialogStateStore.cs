using AimsBot.Core.Conversations;

namespace AimsBot.Core.Storage.LiteDb;

public sealed class LiteDbDialogStateStore(AimsDatabase database) : IDialogStateStore
{
    public DialogState Load(string id) =>
        database.Collection<DialogState>(CollectionNames.DialogState).FindByKey(id) ?? new DialogState { Id = id };

    public void Save(DialogState state)
    {
        var states = database.Collection<DialogState>(CollectionNames.DialogState);
        if (state.ActiveDialog is null && state.Values.Count == 0)
        {
            states.Delete(state.Id);
            return;
        }

        states.Upsert(state);
    }
}
