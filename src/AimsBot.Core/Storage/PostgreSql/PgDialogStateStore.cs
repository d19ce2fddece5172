using AimsBot.Core.Conversations;

namespace AimsBot.Core.Storage.PostgreSql;

public sealed class PgDialogStateStore(PgDatabase database) : IDialogStateStore
{
    private readonly PgDocuments<DialogState> _states = new(database, PgCollections.DialogState, x => x.Id);

    public DialogState Load(string id) => _states.Find(id) ?? new DialogState { Id = id };

    public void Save(DialogState state)
    {
        if (state.ActiveDialog is null && state.Values.Count == 0)
        {
            _states.Remove(state.Id);
            return;
        }

        _states.Upsert(state);
    }
}
