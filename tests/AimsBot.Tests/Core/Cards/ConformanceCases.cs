namespace AimsBot.Tests.Core.Cards;

/// <summary>
/// Templates and data the C# binder and the reference engine must expand alike: every supported
/// expression form, alone (typed) and inside text (interpolated), and the structural rules.
/// </summary>
public static class ConformanceCases
{
    /// <summary>The data every expression case is bound to.</summary>
    public const string Data = """
        {"name":"Ann","Title":"Lead","n":1.5,"zero":0,"big":12345678901234567890,"tiny":0.0000001,"neg":-2,"arr":[1,"a",null,true],
         "nums":[3,1,2],"b":true,"f":false,"obj":{"x":1,"y":{"z":"deep"}},"nul":null,"empty":"","none":[],"eobj":{},
         "items":[{"x":1,"tag":"a"},{"x":2,"tag":"b"}],"i":1,"s1":"1","words":["alpha","beta","gamma"],
         "inj":"${name} and ${1+1} and ${", "md":"**bold** [x](http://e) \\ ` back"}
        """;

    /// <summary>Expressions evaluated as <c>"${e}"</c>, <c>"&lt;${e}&gt;"</c> and as a <c>$when</c>.</summary>
    public static readonly string[] Expressions =
    [
        "name", "NAME", "title", "n", "zero", "big", "tiny", "neg", "arr", "obj", "obj.y", "obj.y.z", "obj.Y.Z", "nul", "empty", "none", "eobj",
        "missing", "missing.deep.path", "obj.missing", "items[0]", "items[1].x", "items[5]", "items[5].x", "items[0]['tag']", "items[0][\"tag\"]",
        "items[i].x", "items[s1].tag", "missing[0]", "missing['x']", "arr[2]", "words[0]", "$root.name", "$data.name", "$ROOT.Name", "$index", "$host",
        "'lit'", "\"dq\"", "'it\\'s'", "'a\\nb'", "'tab\\tx'", "'back\\\\slash'", "'}'", "1", "0.5", "1.50", "01", "true", "false", "null", "undefined", "",
        "inj", "md",
        "n == 1.5", "n == '1.5'", "s1 == 1", "name == 'Ann'", "name == 'ann'", "nul == null", "missing == null", "missing == nul", "arr == arr",
        "obj == obj", "eobj == none", "b == true", "name != 'Bob'", "missing != null", "n != 1.5",
        "n > 1", "n < 1", "n >= 1.5", "n <= 1.5", "n > '1'", "'a' < 'b'", "'B' < 'a'", "name > 'A'", "missing > 1", "nul < 1", "1 < 2 == true",
        "b && f", "b && b", "b && name", "b && missing", "f || b", "f || nul", "f || missing", "f || zero", "missing || f", "b && n > 1 || f",
        "!b", "!f", "!missing", "!nul", "!name", "!zero", "!name == name", "!(n > 1)", "!!b",
        "b ? 'y' : 'n'", "missing ? 'y' : 'n'", "n > 1 ? name : 'small'", "b ? missing : 1", "f ? 1 : b ? 2 : 3",
        "if(b, 'yes', 'no')", "if(missing, 1, 2)", "if(name, n, 0)", "if(b, nul, 1)", "if(zero, 'zero is true', 'x')", "if(empty, 'e', 'x')",
        "empty(missing)", "empty(nul)", "empty(empty)", "empty(name)", "empty(none)", "empty(arr)", "empty(eobj)", "empty(obj)", "empty(zero)", "empty(b)",
        "count(arr)", "count(none)", "count(name)", "count(obj)", "count(missing)", "count(nul)", "count(n)",
        "not(b)", "not(missing)", "not(n > 2)", "and(b, n > 1, name)", "and(b, f)", "and(missing)", "or(f, nul)", "or(f, b)", "or(missing)",
        "equals(n, 1.5)", "equals(name, 'Ann')", "equals(obj, obj)", "equals(missing, nul)", "equals(arr, nums)",
        "concat(name, '-', n)", "concat(name)", "concat(n)", "concat(missing, 'x')", "concat(nul, 'x')", "concat(arr, nums)", "concat(b, obj)",
        "concat(name, concat(' ', title))", "concat(nul, nul)",
        "join(words, ', ')", "join(words, ', ', ' and ')", "join(nums, '')", "join(arr, '|')", "join(items, ';')", "join(none, ',')", "join(missing, ',')",
        "join(name, ',')", "join(words, nul)",
        "toUpper(name)", "toLower(name)", "toUpper(missing)", "toUpper(nul)", "toUpper(n)", "toLower('ÄÖ')",
        "length(name)", "length(empty)", "length(missing)", "length(nul)", "length(arr)",
        "exists(name)", "exists(missing)", "exists(nul)", "exists(zero)", "exists(empty)", "exists(obj.x)", "exists(obj.nope)",
        "count(items) > 1 && !empty(name)", "toUpper(concat(name, title))", "length(join(words, ''))",
    ];

    /// <summary>Whole templates: repetition, scopes, conditions, literals and escaping.</summary>
    public static readonly (string Name, string Template, string Data)[] Templates =
    [
        ("repeat-with-index", """{"body":[{"type":"TextBlock","$data":"${items}","text":"${$index}: ${tag} (${x}) of ${$root.name}"}]}""", Data),
        ("repeat-one-item", """{"body":[{"$data":"${one}","t":"${v}"}],"p":{"$data":"${one}","t":"${v}"}}""", """{"one":[{"v":1}]}"""),
        ("repeat-zero-items", """{"body":[{"$data":"${none}","t":"${v}"}],"p":{"$data":"${none}","t":"${v}"},"q":1}""", """{"none":[]}"""),
        ("repeat-in-property", """{"p":{"$data":"${two}","t":"${v}"}}""", """{"two":[{"v":1},{"v":2}]}"""),
        ("nested-data", """{"body":[{"$data":"${groups}","title":"${name}","items":[{"$data":"${members}","t":"${$index}/${who} in ${name} (${$root.org})"}]}]}""",
            """{"org":"Contoso","groups":[{"name":"G1","members":[{"who":"a","name":"m1"},{"who":"b"}]},{"name":"G2","members":[]}]}"""),
        ("object-scope", """{"t":"${name}","inner":{"$data":"${person}","t":"${name} ${$data.name} ${$root.name}","deeper":{"t":"${age}"}}}""",
            """{"name":"root","person":{"name":"Bo","age":40}}"""),
        ("primitive-repetition", """{"body":[{"$data":"${tags}","t":"${$data}","u":"${$index}"}]}""", """{"tags":["x","y",3]}"""),
        ("when-on-array-items", """{"body":[{"$data":"${items}","$when":"${x > 1}","t":"${tag}"},{"$when":"${f}","t":"hidden"},{"$when":"${b}","t":"shown"}]}""", Data),
        ("when-non-boolean", """{"body":[{"$when":"${name}","t":1},{"$when":"${missing}","t":2},{"$when":"${n}","t":3},{"$when":"a${b}","t":4}]}""", Data),
        ("when-literals", """{"body":[{"$when":true,"t":1},{"$when":false,"t":2},{"$when":"","t":3},{"$when":"x","t":4},{"$when":0,"t":5}]}""", "{}"),
        ("when-on-property-object", """{"selectAction":{"$when":"${f}","type":"Action.Submit"},"other":{"$when":"${b}","type":"x"}}""", Data),
        ("when-uses-item-scope", """{"body":[{"$data":"${items}","$when":"${tag == 'b' && $index == 1}","t":"${x}"}]}""", Data),
        ("data-missing", """{"body":[{"$data":"${missing}","t":"${x}"}]}""", Data),
        ("data-null", """{"body":[{"$data":"${nul}","t":"${x}","u":"z"}]}""", Data),
        ("data-literal", """{"body":[{"$data":{"x":"lit"},"t":"${x}"},{"$data":[{"x":1},{"x":2}],"t":"${x}"}]}""", "{}"),
        ("array-flattening", """{"a":[null,1,[2,3],"${nums}","${missing}","${obj}"],"b":["${or(f, missing)}"]}""", Data),
        ("undefined-property-dropped", """{"a":"${or(f, missing)}","b":"${missing}","c":"x"}""", Data),
        ("typed-values", """{"choices":"${words}","n":"${n}","b":"${b}","o":"${obj}","nul":"${nul}","s":"${name}","i":"${items[0]}"}""", Data),
        ("interpolation", """{"a":"${name}${title}","b":"x ${n} y ${b} ${arr} ${obj} ${missing} ${zero}","c":"${name}'s","d":"$${name}","e":"${'x'}${1}"}""", Data),
        ("escapes", """{"a":"\\${name}","b":"a \\` b ${name}","c":"x\\n${name}","d":"x\\\\${name}","e":"${name","f":"${}","g":"${ }","h":"$","i":"{${name}}","j":"a ${'open} ${name}","k":"${'}'} ${\"{\"}"}""", Data),
        ("injection-is-data", """{"a":"${inj}","b":"say ${inj}","c":"${md}","d":{"$data":"${inj}","t":"${x}"}}""", Data),
        ("reserved-keys-dropped", """{"$root":1,"$index":2,"$host":3,"$_acTemplateVersion":4,"keep":"${name}"}""", Data),
        ("card-shape", """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"FactSet","facts":[{"$data":"${facts}","title":"${k}:","value":"${v}"}]}],"actions":[{"$data":"${links}","type":"Action.OpenUrl","title":"${t}","url":"${u}"}]}""",
            """{"facts":[{"k":"Owner","v":"Ann"},{"k":"Risk","v":3}],"links":[{"t":"Open","u":"https://example.com/a?b=1&c=2"}]}"""),
        ("case-insensitive-keys", """{"a":"${NAME}","b":"${Obj.X}","c":"${dup}"}""", """{"name":"n","obj":{"x":1},"Dup":"first","dup":"second"}"""),
        ("index-outside-repetition", """{"a":"${$index}","b":{"$data":"${o}","c":"${$index}"}}""", """{"o":{"k":1}}"""),
        ("numbers", """{"a":"${big}","b":"${tiny}","c":"v ${big} ${tiny} ${neg} ${n}","d":"${count(words)}","e":"${1.0}","f":"${huge}"}""",
            """{"big":1e21,"tiny":1e-7,"neg":-0.5,"n":100,"words":["a"],"huge":123456789012}"""),
    ];
}
