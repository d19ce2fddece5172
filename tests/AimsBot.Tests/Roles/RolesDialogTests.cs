using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Roles;
using AimsBot.Tests.Controls;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Roles;

public sealed class RolesDialogTests
{
    private static readonly UserRef Megan = ControlChat.Owner;

    private static Task<IReadOnlyList<Reply>> RolesAsync(TranscriptHarness chat, string verb, UserRef person, string role, UserRef by) =>
        ControlChat.SayWithMentionsAsync(chat, $"roles {verb} <at>{person.Name}</at> {role}", by, person);

    [Fact]
    public async Task Roles_Lists_The_Configured_Holders_Of_The_Tenant_By_Name_Once_Seen()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await chat.SayAsync("help", TranscriptHarness.CommitteeMember);

        // Act
        var reply = Assert.Single(await chat.SayAsync("roles", Megan));

        // Assert
        Assert.Equal("AIMS admins: teams:admin-1 (configured, not seen yet).\nCommittee members: Alex Wilber, teams:committee-2 (configured, not seen yet).", reply.Text);
    }

    [Fact]
    public async Task Admin_Adds_A_Person_Who_Is_Told_Audited_And_Holds_The_Role()
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var replies = await RolesAsync(chat, "add", Megan, "admin", TranscriptHarness.Admin);
        var again = Assert.Single(await RolesAsync(chat, "add", Megan, "admin", TranscriptHarness.Admin));
        var list = Assert.Single(await chat.SayAsync("roles", Megan));

        // Assert
        Assert.Equal("Megan Bowen is now an AIMS admin. I've told them.", replies[0].Text);
        var told = Assert.Single(replies, r => r.RecipientUserKey == Megan.Key);
        Assert.Equal("Adele Vance made you an AIMS admin. Type **help** to see what you can do now.", told.Text);
        Assert.Equal("Megan Bowen is already an AIMS admin. Nothing was changed.", again.Text);
        Assert.True(chat.Get<RoleResolver>().Resolve(Megan).IsAdmin);
        Assert.StartsWith("AIMS admins: Megan Bowen, Adele Vance.\n", list.Text, StringComparison.Ordinal);
        Assert.EndsWith("Change them with **roles add @person admin** or **roles remove @person committee**.", list.Text, StringComparison.Ordinal);
        var audit = Assert.Single(chat.Get<IAuditLog>().ForEntity("role:admin:" + Megan.Key));
        Assert.Equal("role.added", audit.Action);
        Assert.Equal(TranscriptHarness.Admin.Key, audit.ActorKey);
    }

    [Fact]
    public async Task Non_Admins_Are_Refused_And_Nothing_Changes()
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var add = Assert.Single(await RolesAsync(chat, "add", Megan, "committee", TranscriptHarness.CommitteeMember));
        var remove = Assert.Single(await RolesAsync(chat, "remove", TranscriptHarness.Admin, "admin", Megan));

        // Assert
        Assert.Equal("Only an AIMS admin can change roles. Type **roles** to see who the admins are.", add.Text);
        Assert.Equal(add.Text, remove.Text);
        Assert.False(chat.Get<RoleResolver>().IsCommitteeMember(Megan));
        Assert.True(chat.Get<RoleResolver>().Resolve(TranscriptHarness.Admin).IsAdmin);
        Assert.DoesNotContain(chat.Get<IAuditLog>().Latest(10), a => a.Action.StartsWith("role.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("roles add", "Say who and which role: **roles add @person admin** or **roles remove @person committee**.")]
    [InlineData("roles promote", "Type **roles** to see who holds the roles, or **roles add @person admin** or **roles remove @person committee**.")]
    public async Task Odd_Input_Gets_A_Helpful_Reply(string text, string expected)
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var reply = Assert.Single(await chat.SayAsync(text, TranscriptHarness.Admin));

        // Assert
        Assert.Equal(expected, reply.Text);
    }

    [Fact]
    public async Task The_Last_Admin_Is_Kept_And_A_Configured_Admin_Can_Be_Removed_Once_Another_Exists()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var admin = TranscriptHarness.Admin;

        // Act
        var last = Assert.Single(await RolesAsync(chat, "remove", admin, "admin", admin));
        await RolesAsync(chat, "add", Megan, "admin", admin);
        var removed = await RolesAsync(chat, "remove", admin, "admin", Megan);
        var lastAgain = Assert.Single(await RolesAsync(chat, "remove", Megan, "admin", Megan));

        // Assert
        Assert.Equal("Adele Vance is the last AIMS admin here, so I kept them. Make someone else an admin first (**roles add @person admin**). Nothing was changed.", last.Text);
        Assert.Equal("Adele Vance is no longer an AIMS admin. I've told them.", removed[0].Text);
        Assert.Equal("Megan Bowen removed you as an AIMS admin.", Assert.Single(removed, r => r.RecipientUserKey == admin.Key).Text);
        Assert.StartsWith("Megan Bowen is the last AIMS admin here", lastAgain.Text, StringComparison.Ordinal);
        var roles = chat.Get<RoleResolver>();
        Assert.False(roles.Resolve(admin).IsAdmin);
        Assert.True(roles.Resolve(Megan).IsAdmin);
        Assert.Equal(["role.added", "role.removed"], chat.Get<IAuditLog>().Latest(10).Where(a => a.Action.StartsWith("role.", StringComparison.Ordinal)).Reverse().Select(a => a.Action));
    }

    [Fact]
    public async Task Committee_Changes_Made_In_Chat_Survive_A_Restart()
    {
        // Arrange
        var folder = Directory.CreateTempSubdirectory("aimsbot-roles-");
        var settings = new Dictionary<string, string?> { ["Storage:Path"] = Path.Combine(folder.FullName, "aimsbot.db") };
        try
        {
            using (var before = new TranscriptHarness(settings))
            {
                await RolesAsync(before, "add", Megan, "committee", TranscriptHarness.Admin);
                await RolesAsync(before, "remove", TranscriptHarness.OtherCommitteeMember, "committee", TranscriptHarness.Admin);
            }

            // Act
            using var after = new TranscriptHarness(settings);
            var roles = after.Get<RoleResolver>();

            // Assert
            Assert.True(roles.IsCommitteeMember(Megan));
            Assert.False(roles.IsCommitteeMember(TranscriptHarness.OtherCommitteeMember));
            Assert.True(roles.IsCommitteeMember(TranscriptHarness.CommitteeMember));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_Role_Never_Matches_The_Same_Id_In_Another_Tenant()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await RolesAsync(chat, "add", Megan, "admin", TranscriptHarness.Admin);
        var roles = chat.Get<RoleResolver>();
        static UserRef Elsewhere(UserRef user) => user with { TenantId = "tenant-2" };

        // Act
        var configured = roles.Resolve(Elsewhere(TranscriptHarness.Admin));
        var granted = roles.Resolve(Elsewhere(Megan));
        var refused = Assert.Single(await RolesAsync(chat, "remove", Elsewhere(Megan), "admin", TranscriptHarness.Admin));
        var list = Assert.Single(await chat.SayAsync("roles", Elsewhere(Megan)));

        // Assert
        Assert.False(configured.IsAdmin);
        Assert.False(granted.IsAdmin);
        Assert.False(roles.IsCommitteeMember(Elsewhere(TranscriptHarness.CommitteeMember)));
        Assert.Equal("Roles belong to one tenant or workspace: you can only change them for people in yours. Nothing was changed.", refused.Text);
        Assert.Equal("AIMS admins: nobody yet.\nCommittee members: nobody yet.", list.Text);
    }

    [Fact]
    public void Tenantless_Entries_Fall_Back_To_The_Bots_Tenant_And_Are_Refused_Without_One()
    {
        // Arrange
        using var fallback = new TranscriptHarness(new() { ["Roles:TeamsTenantId"] = "", ["MicrosoftAppTenantId"] = "tenant-1" });

        // Act
        var admin = fallback.Get<RoleResolver>().Resolve(TranscriptHarness.Admin);
        using var missing = new TranscriptHarness(new() { ["Roles:TeamsTenantId"] = "" });
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => missing.Get<Microsoft.Extensions.Options.IOptions<RoleOptions>>().Value);

        // Assert
        Assert.True(admin.IsAdmin);
        Assert.Contains("Roles:Admins:0: 'teams:admin-1' names no tenant: write teams:<tenant id>:<user id>, or set Roles:TeamsTenantId (or MicrosoftAppTenantId).", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("teams:tenant-9:29:1abc", "tenant-9", "29:1abc")]
    [InlineData("teams:29:1abc", "home-t", "29:1abc")]
    [InlineData("teams:8:orgid:5f2c", "home-t", "8:orgid:5f2c")]
    [InlineData("Teams:6a1e2b3c-0000-0000-0000-000000000001", "home-t", "6a1e2b3c-0000-0000-0000-000000000001")]
    [InlineData("slack:T123:U456", "T123", "U456")]
    [InlineData("slack:U456", "T-home", "U456")]
    public void RoleEntry_Reads_The_Tenant_Or_Uses_The_Home_One(string text, string tenant, string id)
    {
        // Act
        var entry = RoleEntry.Parse(text, new RoleOptions { TeamsTenantId = "home-t", SlackTeamId = "T-home" }, out var problem);

        // Assert
        Assert.Null(problem);
        Assert.Equal((tenant, id), (entry!.TenantId, entry.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("teams")]
    [InlineData("teams:")]
    [InlineData("email:someone@example.com")]
    [InlineData("slack:U456")]
    public void RoleEntry_Refuses_What_Is_Not_A_Person_In_A_Known_Tenant(string text) =>
        Assert.Null(RoleEntry.Parse(text, new RoleOptions { TeamsTenantId = "home-t" }, out _));
}
