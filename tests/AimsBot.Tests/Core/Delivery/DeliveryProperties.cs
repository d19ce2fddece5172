using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Governance;
using CsCheck;

namespace AimsBot.Tests.Core.Delivery;

/// <summary>
/// Issue 13, the delivery rules as a property: any interleaving of accept (and the platform's
/// redelivery), process, send, crash (inside a turn batch before its commit, after the main store
/// committed but before the inbox's mark, between a send and its settling) and restart, over real LiteDB
/// files, the real inbox writer, turn processor (in batches of four) and outbox sender, and a fake
/// Connector that can be down: every acknowledged turn runs exactly once, every reply is sent at least
/// once, nothing is dead-lettered, and a conversation's replies first arrive in the order its messages
/// were acknowledged (also when the Connector refused sends and the replies backed off).
/// </summary>
public sealed class DeliveryProperties
{
    /// <summary>One step of the interleaving: a kind drawn by weight, a conversation, a pick among earlier turns.</summary>
    private static readonly Gen<(int Kind, int Conversation, int Pick)> Step = Gen.Select(Gen.Int[0, 99], Gen.Int[0, 2], Gen.Int[0, 1_000]);

    [Fact]
    public async Task Any_Interleaving_Runs_Every_Acknowledged_Turn_Once_And_Sends_Every_Reply_At_Least_Once_In_Order()
    {
        await Step.Array[5, 40].SampleAsync(
            async steps =>
            {
                using var world = new DeliveryWorld();
                foreach (var (kind, conversation, pick) in steps)
                {
                    await world.ApplyAsync(kind, conversation, pick);
                }

                await world.SettleAsync();
                world.AssertDeliveryRules();
            },
            iter: 15,
            threads: 1);
    }

    /// <summary>One bot with its files, crashed and restarted at will; the model of what was acknowledged.</summary>
    private sealed class DeliveryWorld : IDisposable
    {
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aimsbot-delivery-properties-");
        private readonly DeliveryFaults _faults = new();
        private readonly FlakyConnector _connector = new();
        private readonly List<IncomingTurn> _accepted = [];
        private readonly Dictionary<string, List<string>> _acknowledgedOrder = new(StringComparer.Ordinal);
        private DeliveryNode _node;

        public DeliveryWorld() => _node = new DeliveryNode(_folder.FullName, _faults, _connector, now: null);

        private static CancellationToken Token => TestContext.Current.CancellationToken;

        public async Task ApplyAsync(int kind, int conversation, int pick)
        {
            switch (kind)
            {
                case < 35:
                    await AcceptNewAsync(conversation, flaky: pick % 10 == 0);
                    break;
                case < 42 when _accepted.Count > 0:
                    await _node.Chat.Inbox.AcceptAsync(_accepted[pick % _accepted.Count], Token);
                    break;
                case < 57:
                    _node.Processor.DrainOnce(Token);
                    break;
                case < 62:
                    _faults.CrashInTurn(pick % 4);
                    CrashUnless(() => _node.Processor.DrainOnce(Token));
                    break;
                case < 67:
                    _faults.CrashAfterCommit = true;
                    CrashUnless(() => _node.Processor.DrainOnce(Token));
                    break;
                case < 82:
                    await _node.Dispatcher.SendDueAsync(Token);
                    break;
                case < 87:
                    await SendAndCrashAsync();
                    break;
                case < 91:
                    Restart();
                    break;
                case < 95:
                    _connector.Down = !_connector.Down;
                    break;
                default:
                    _node.Chat.Time.Advance(TimeSpan.FromMinutes(1));
                    break;
            }
        }

        /// <summary>The Connector comes back; the bot restarts and runs until nothing waits.</summary>
        public async Task SettleAsync()
        {
            _connector.Down = false;
            Restart();
            var outbox = _node.Chat.Get<IOutboxStore>();
            for (var round = 0; round < 200; round++)
            {
                while (_node.Processor.DrainOnce(Token) > 0)
                {
                }

                while (await _node.Dispatcher.SendDueAsync(Token) > 0)
                {
                }

                if (outbox.Count(OutboxState.Pending) == 0)
                {
                    return;
                }

                _node.Chat.Time.Advance(TimeSpan.FromMinutes(1));
            }
        }

        public void AssertDeliveryRules()
        {
            var audit = _node.Chat.Get<IAuditLog>();
            foreach (var turn in _accepted)
            {
                Assert.Single(audit.ForEntity("note:" + turn.Id));
                Assert.Contains(_connector.Delivered, x => x.Text == "noted " + turn.Id);
            }

            Assert.Equal(0, _node.Chat.Get<IOutboxStore>().Count(OutboxState.Dead));

            foreach (var (conversation, order) in _acknowledgedOrder)
            {
                var firstArrivals = _connector.Delivered
                    .Where(x => x.Conversation == conversation && x.Text?.StartsWith("noted ", StringComparison.Ordinal) == true)
                    .Select(x => x.Text!["noted ".Length..])
                    .Distinct(StringComparer.Ordinal);
                Assert.Equal(order, firstArrivals);
            }
        }

        public void Dispose()
        {
            _node.Dispose();
            _folder.Delete(recursive: true);
        }

        private async Task AcceptNewAsync(int conversation, bool flaky)
        {
            var user = Infrastructure.TranscriptHarness.Person("p" + conversation, "Person " + conversation);
            var id = "pt" + _accepted.Count;
            var turn = new IncomingTurn(id, TurnKind.Message, Infrastructure.TranscriptHarness.PersonalChat(user), user, _node.Chat.Time.GetUtcNow()) { Text = "zpnote " + id };
            if (flaky)
            {
                _faults.FailOnce(id);
            }

            await _node.Chat.Inbox.AcceptAsync(turn, Token);
            _accepted.Add(turn);
            var key = turn.Conversation.Key;
            _acknowledgedOrder[key] = [.. _acknowledgedOrder.GetValueOrDefault(key) ?? [], id];
        }

        private async Task SendAndCrashAsync()
        {
            using var crash = CancellationTokenSource.CreateLinkedTokenSource(Token);
            _connector.CrashAfterNextSend = crash;
            try
            {
                await _node.Dispatcher.SendDueAsync(crash.Token);
            }
            catch (OperationCanceledException) when (crash.IsCancellationRequested && !Token.IsCancellationRequested)
            {
            }

            _connector.CrashAfterNextSend = null;
            Restart();
        }

        /// <summary>Runs <paramref name="work"/>; a simulated crash (or none, when nothing waited) is followed by a restart.</summary>
        private void CrashUnless(Action work)
        {
            try
            {
                work();
            }
            catch (OperationCanceledException) when (!Token.IsCancellationRequested)
            {
            }

            _faults.Disarm();
            Restart();
        }

        private void Restart()
        {
            var now = _node.Chat.Time.GetUtcNow();
            _node.Dispose();
            _node = new DeliveryNode(_folder.FullName, _faults, _connector, now);
        }
    }
}
