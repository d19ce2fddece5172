using AimsBot.Core.Storage;

namespace AimsBot.Storage;

/// <summary>
/// How <c>dotnet AimsBot.dll backup &lt;folder&gt;</c> reaches a running host: it writes
/// <c>&lt;id&gt;.request</c> (the target folder) into the request folder beside the store, and the host
/// answers with <c>&lt;id&gt;.done</c> or <c>&lt;id&gt;.failed</c> (the text to print). Only someone who can
/// write beside the store files, and so could read them anyway, can ask.
/// </summary>
public static class BackupDrop
{
    public const string RequestExtension = ".request";
    public const string DoneExtension = ".done";
    public const string FailedExtension = ".failed";

    /// <summary>Answers every waiting request in <paramref name="folder"/>; returns how many.</summary>
    public static int AnswerAll(string folder, IStoreBackup backup, Action<string> done, Action<Exception> failed)
    {
        var answered = 0;
        foreach (var request in Directory.EnumerateFiles(folder, "*" + RequestExtension).Order(StringComparer.Ordinal).ToList())
        {
            string target;
            try
            {
                target = File.ReadAllText(request).Trim();
                File.Delete(request);
            }
            catch (IOException)
            {
                continue; // Still being written, or taken by a second loop: the next poll sees it.
            }

            var answer = Path.ChangeExtension(request, DoneExtension);
            string text;
            try
            {
                if (!Path.IsPathFullyQualified(target))
                {
                    throw new IOException($"The backup folder must be a full path, not '{target}'.");
                }

                var made = backup.Backup(target);
                done(made.Folder);
                text = made.Describe();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or StoreDamagedException or ArgumentException or NotSupportedException)
            {
                failed(ex);
                answer = Path.ChangeExtension(request, FailedExtension);
                text = ex.Message;
            }

            File.WriteAllText(answer + ".tmp", text);
            File.Move(answer + ".tmp", answer, overwrite: true);
            answered++;
        }

        return answered;
    }
}
