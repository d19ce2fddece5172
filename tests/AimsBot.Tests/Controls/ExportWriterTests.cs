using System.IO.Compression;
using System.Text;
using AimsBot.Core.Governance.Exports;
using MiniExcelLibs;

namespace AimsBot.Tests.Controls;

public sealed class ExportWriterTests
{
    private static readonly ExportTable People = new(
        "People: [all]",
        ["Name", "Note", "Formula"],
        [
            ["Ada, Countess", "said \"hello\"\r\nthen left", "=HYPERLINK(\"http://evil\")"],
            ["Bob", "", "+1"],
            ["Cy", "-2", "@SUM(A1)"],
        ]);

    [Fact]
    public void Csv_Quotes_Per_Rfc4180_And_Makes_Formulas_Inert()
    {
        // Act
        var text = Encoding.UTF8.GetString(CsvExportWriter.Write(People));

        // Assert
        Assert.StartsWith("\uFEFF", text, StringComparison.Ordinal);
        Assert.Equal(
            "\uFEFFName,Note,Formula\r\n"
            + "\"Ada, Countess\",\"said \"\"hello\"\"\r\nthen left\",\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n"
            + "Bob,,'+1\r\n"
            + "Cy,'-2,'@SUM(A1)\r\n",
            text);
    }

    [Fact]
    public void Xlsx_Has_One_Sheet_Per_Table_A_Frozen_Header_Filters_And_Every_Row()
    {
        // Arrange
        var second = new ExportTable("Second", ["A"], [["x"]]);

        // Act
        var bytes = XlsxExportWriter.Write([People, second]);

        // Assert
        using var stream = new MemoryStream(bytes);
        Assert.Equal(["People all", "Second"], MiniExcel.GetSheetNames(stream));
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "People all").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(3, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            for (var c = 0; c < People.Columns.Count; c++)
            {
                Assert.Equal(People.Rows.ElementAt(i)[c].ReplaceLineEndings("\n"), rows[i][People.Columns[c]]?.ToString() ?? "");
            }
        }

        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = reader.ReadToEnd();
        Assert.Contains("ySplit=\"1\"", xml, StringComparison.Ordinal);
        Assert.Contains("state=\"frozen\"", xml, StringComparison.Ordinal);
        Assert.Contains("autoFilter", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<x:f>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
    }
}
