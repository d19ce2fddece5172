using System.Globalization;

namespace AimsBot.Core.Scheduling;

/// <summary>
/// Something with a date that a person must act on: an SoA review, an attestation, later a risk
/// treatment or an audit finding. <see cref="Id"/> (kind, subject, date, step, recipient) is what
/// the ledger records, so each reminder step reaches each person once.
/// </summary>
/// <param name="Kind">A short stable name (<c>soa-review</c>, <c>attestation</c>, ...).</param>
/// <param name="Subject">The record it is about (<c>A.6.2.8</c>, <c>AI-0001</c>).</param>
/// <param name="Describe">Makes the one line for people (markdown-escaped): only the items actually shown are worded.</param>
/// <param name="DueAt">The date (UTC).</param>
/// <param name="RecipientKey">Who is reminded (a user key).</param>
public sealed record DueItem(string Kind, string Subject, Func<string> Describe, DateTimeOffset DueAt, string RecipientKey)
{
    public DueItem(string kind, string subject, string title, DateTimeOffset dueAt, string recipientKey)
        : this(kind, subject, () => title, dueAt, recipientKey)
    {
    }

    /// <summary>One line for people (markdown-escaped already).</summary>
    public string Title => Describe();

    /// <summary>The reminder step reached (<c>30d</c>, <c>lapsed</c>, ...); set by the planner unless fixed by the source.</summary>
    public string? Step { get; init; }

    /// <summary>When set, the item has this one step, due from <see cref="DueAt"/> (escalations, reports).</summary>
    public bool FixedStep { get; init; }

    /// <summary>The card button that answers it, when there is one.</summary>
    public DueAction? Action { get; init; }

    /// <summary>Who owns the subject, shown in digests (display name).</summary>
    public string OwnerName { get; init; } = "";

    public string Id => MakeId(Kind, Subject, DueAt, Step, RecipientKey);

    /// <summary>The ledger id of an item at a step, without making the item.</summary>
    /// <remarks>Written by hand (<c>kind:subject:yyyyMMdd:step:recipient</c>): a tick makes tens of thousands.</remarks>
    public static string MakeId(string kind, string subject, DateTimeOffset dueAt, string? step, string recipientKey)
    {
        var date = dueAt.UtcDateTime;
        var parts = (Kind: kind, Subject: subject, Date: (date.Year * 10_000) + (date.Month * 100) + date.Day, Step: step ?? "", Recipient: recipientKey);
        return string.Create(kind.Length + subject.Length + parts.Step.Length + recipientKey.Length + 12, parts, static (span, p) =>
        {
            p.Kind.CopyTo(span);
            var at = p.Kind.Length;
            span[at++] = ':';
            p.Subject.CopyTo(span[at..]);
            at += p.Subject.Length;
            span[at++] = ':';
            p.Date.TryFormat(span[at..], out _, "D8", CultureInfo.InvariantCulture);
            at += 8;
            span[at++] = ':';
            p.Step.CopyTo(span[at..]);
            at += p.Step.Length;
            span[at++] = ':';
            p.Recipient.CopyTo(span[at..]);
        });
    }
}

/// <summary>A card button: the verb and the one field (<c>control</c>, <c>system</c>) it carries.</summary>
public sealed record DueAction(string Verb, string Field, string Value, string Title)
{
    /// <summary>An attestation that may still be snoozed: the due date its snooze button carries, else empty.</summary>
    public string SnoozeDue { get; init; } = "";

    /// <summary>The recipient may delegate it (the owner or business owner, not the delegate).</summary>
    public bool Delegate { get; init; }
}
