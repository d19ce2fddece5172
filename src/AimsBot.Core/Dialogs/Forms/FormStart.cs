namespace AimsBot.Core.Dialogs.Forms;

/// <summary>A form's first draft and, when it edits a record, the record's id.</summary>
/// <param name="Noun">What the person fills in when it differs from the form's noun ("edit of AI-0001").</param>
public sealed record FormStart<TDraft>(TDraft Draft, string Subject = "", string? Noun = null);
