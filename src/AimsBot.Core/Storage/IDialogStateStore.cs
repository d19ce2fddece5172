using AimsBot.Core.Conversations;

namespace AimsBot.Core.Storage;

public interface IDialogStateStore
{
    /// <summary>The state for this id, or a fresh one.</summary>
    DialogState Load(string id);

    void Save(DialogState state);
}
