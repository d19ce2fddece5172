namespace AimsBot.Core.Scheduling;

public enum JobKind
{
    /// <summary>A person's one message of the day: everything due for them.</summary>
    Bundle = 1,

    /// <summary>The committee digest.</summary>
    Digest = 2,

    /// <summary>An owner's own weekly summary.</summary>
    Summary = 3,
}
