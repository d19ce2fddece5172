namespace AimsBot.Core.Dialogs.Forms;

/// <summary>What a step's extra card data is computed from: the draft, the instance, the person and the conversation the card goes to.</summary>
public sealed record FormView<TDraft>(TDraft Draft, FormInstance Instance, Conversations.Actor Actor, DateTimeOffset Now, Conversations.ConversationRef Conversation);
