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
    public void Both_Files_Written_In_One_Pass_Hold_What_Each_Writer_Writes_Alone()
    {
        // Arrange
        var streamed = ExportTable.Streamed(People.Name, People.Columns, People.Rows.Count, People.Rows);
        var second = new ExportTable("Second", ["A"], [["x"]]);
        using var xlsx = new MemoryStream();
        using var csv = new MemoryStream();

        // Act
        ExportFileWriter.Write([streamed, second], streamed, xlsx, csv);

        // Assert
        Assert.Equal(CsvExportWriter.Write(People), csv.ToArray());
        xlsx.Position = 0;
        Assert.Equal(["People all", "Second"], MiniExcel.GetSheetNames(xlsx));
        var rows = MiniExcel.Query(xlsx, useHeaderRow: false, sheetName: "People all").Cast<IDictionary<string, object>>().Select(r => r.Values.Select(v => v?.ToString() ?? "").ToList()).ToList();
        Assert.Equal([[.. People.Columns], .. People.Rows.Select(r => r.Select(c => c.ReplaceLineEndings("\n")).ToList())], rows);
    }

    [Fact]
    public void A_Stream_That_Ends_Early_Fails_The_Export_With_The_Reading_Error()
    {
        // Arrange: three rows announced, one produced.
        var shortTable = ExportTable.Streamed("Short", ["A"], 3, [["only one"]]);
        using var xlsx = new MemoryStream();
        using var csv = new MemoryStream();

        // Act
        var failure = Assert.Throws<InvalidOperationException>(() => ExportFileWriter.Write([shortTable], shortTable, xlsx, csv));

        // Assert
        Assert.Contains("expected 3 rows but the store gave 1", failure.Message, StringComparison.Ordinal);
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
