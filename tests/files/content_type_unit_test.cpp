#include "files/content_type.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

using namespace essaim::files;

namespace {

void put_u16(std::string& out, std::uint32_t value)
{
    out += static_cast<char>(value & 0xff);
    out += static_cast<char>((value >> 8) & 0xff);
}

void put_u32(std::string& out, std::uint32_t value)
{
    put_u16(out, value & 0xffff);
    put_u16(out, value >> 16);
}

struct ZipEntry {
    std::string name;
    std::string content;
    //! 0 = stored; 8 claims deflate (the bytes are not really compressed: only headers are read).
    std::uint16_t method = 0;
};

//! A minimal single-disk ZIP archive: local headers, central directory, end record. CRCs are
//! left at zero because detection never reads them.
std::string make_zip(const std::vector<ZipEntry>& entries, const std::string& comment = "")
{
    std::string out;
    std::string directory;
    for (const ZipEntry& entry : entries) {
        const auto offset = static_cast<std::uint32_t>(out.size());
        out += std::string("PK\x03\x04", 4);
        put_u16(out, 20);
        put_u16(out, 0);
        put_u16(out, entry.method);
        put_u32(out, 0);  // time and date
        put_u32(out, 0);  // crc
        put_u32(out, static_cast<std::uint32_t>(entry.content.size()));
        put_u32(out, static_cast<std::uint32_t>(entry.content.size()));
        put_u16(out, static_cast<std::uint32_t>(entry.name.size()));
        put_u16(out, 0);
        out += entry.name + entry.content;

        directory += std::string("PK\x01\x02", 4);
        put_u16(directory, 20);
        put_u16(directory, 20);
        put_u16(directory, 0);
        put_u16(directory, entry.method);
        put_u32(directory, 0);
        put_u32(directory, 0);
        put_u32(directory, static_cast<std::uint32_t>(entry.content.size()));
        put_u32(directory, static_cast<std::uint32_t>(entry.content.size()));
        put_u16(directory, static_cast<std::uint32_t>(entry.name.size()));
        put_u16(directory, 0);
        put_u16(directory, 0);
        put_u16(directory, 0);
        put_u16(directory, 0);
        put_u32(directory, 0);
        put_u32(directory, offset);
        directory += entry.name;
    }
    const auto directory_offset = static_cast<std::uint32_t>(out.size());
    out += directory;
    out += std::string("PK\x05\x06", 4);
    put_u16(out, 0);
    put_u16(out, 0);
    put_u16(out, static_cast<std::uint32_t>(entries.size()));
    put_u16(out, static_cast<std::uint32_t>(entries.size()));
    put_u32(out, static_cast<std::uint32_t>(directory.size()));
    put_u32(out, directory_offset);
    put_u16(out, static_cast<std::uint32_t>(comment.size()));
    return out + comment;
}

std::string opendocument(const std::string& mimetype, std::vector<ZipEntry> more = {})
{
    std::vector<ZipEntry> entries = {{"mimetype", mimetype}, {"content.xml", "<office:document-content/>", 8},
        {"META-INF/manifest.xml", "<manifest:manifest/>", 8}};
    for (ZipEntry& entry : more)
        entries.push_back(std::move(entry));
    return make_zip(entries);
}

std::string office_open_xml(const std::string& main_part, std::vector<ZipEntry> more = {})
{
    std::vector<ZipEntry> entries = {{"[Content_Types].xml", "<Types/>", 8}, {"_rels/.rels", "<Relationships/>", 8},
        {main_part, "<document/>", 8}};
    for (ZipEntry& entry : more)
        entries.push_back(std::move(entry));
    return make_zip(entries);
}

const std::string pdf = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
const std::string png = std::string("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0", 29);
const std::string jpeg = std::string("\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01", 13);
const std::string odt_type = "application/vnd.oasis.opendocument.text";
const std::string ods_type = "application/vnd.oasis.opendocument.spreadsheet";

} // namespace

TEST(ContentType, RecognisesEachSupportedType)
{
    struct Case {
        std::string label;
        std::string content;
        FileType expected;
    };
    const std::string big_pdf = "%PDF-1.4\n" + std::string(100000, 'x') + "\n%%EOF\r\n";
    const std::string pdf_with_trailing_bytes = pdf + std::string(500, '\0');
    const std::vector<Case> cases = {
        {"PDF", pdf, FileType::Pdf},
        {"large PDF", big_pdf, FileType::Pdf},
        {"PDF with bytes after %%EOF", pdf_with_trailing_bytes, FileType::Pdf},
        {"PNG", png, FileType::Png},
        {"JPEG (JFIF)", jpeg, FileType::Jpeg},
        {"JPEG (Exif)", std::string("\xff\xd8\xff\xe1\0\x18" "Exif", 10), FileType::Jpeg},
        {"OpenDocument text", opendocument(odt_type), FileType::OpenDocumentText},
        {"OpenDocument spreadsheet", opendocument(ods_type), FileType::OpenDocumentSpreadsheet},
        {"Word", office_open_xml("word/document.xml"), FileType::WordDocument},
        {"Word with its main part renamed", office_open_xml("word/document2.xml"), FileType::WordDocument},
        {"Excel", office_open_xml("xl/workbook.xml", {{"xl/worksheets/sheet1.xml", "<worksheet/>", 8}}),
            FileType::ExcelWorkbook},
        {"ZIP with an archive comment", make_zip({{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<w/>"}}, "commentaire"),
            FileType::ExcelWorkbook},
        {"French text", "Bonjour,\r\nÉconomie sociale et solidaire\tà Nîmes.\n", FileType::PlainText},
        {"text with a byte-order mark", "\xef\xbb\xbfListe des pièces", FileType::PlainText},
        {"text comparing numbers", "a < b et 3 <= 4", FileType::PlainText},
        {"text starting with a heart", "<3 merci", FileType::PlainText},
    };
    for (const Case& c : cases)
        EXPECT_EQ(detect_file_type(c.content), c.expected) << c.label;
}

TEST(ContentType, RefusesImpostorsAndEverythingElse)
{
    struct Case {
        std::string label;
        std::string content;
    };
    const std::string odt = opendocument(odt_type);
    const std::string docx = office_open_xml("word/document.xml");
    const std::vector<Case> cases = {
        {"empty", ""},
        {"HTML saved as .pdf", "<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>\n"},
        {"HTML behind a byte-order mark and blanks", "\xef\xbb\xbf \n <html><body>x</body></html>"},
        {"HTML starting with a comment", "<!-- x --><p>x</p>"},
        {"XML", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"},
        {"SVG", "<svg onload=\"alert(1)\"></svg>"},
        {"closing tag first", "</title><script>x</script>"},
        {"PDF header without %%EOF (HTML behind a PDF header, or a truncated file)",
            "%PDF-1.4\n<html><script>alert(1)</script></html>"},
        {"PDF header without a version", "%PDF-\n%%EOF"},
        {"%%EOF only far from the end", "%PDF-1.4\n%%EOF\n" + std::string(2000, ' ')},
        {"PNG signature without IHDR", std::string("\x89PNG\r\n\x1a\n\0\0\0\x0dIDAT\0\0\0\0", 20)},
        {"truncated PNG", png.substr(0, 10)},
        {"JPEG prefix only", "\xff\xd8\xff"},
        {"GIF", "GIF89a\x01\0\x01\0"},
        {"executable", std::string("MZ\x90\0\x03\0\0\0", 8)},
        {"ELF", std::string("\x7f" "ELF\x02\x01\x01", 7)},
        {"text with NUL", std::string("abc\0def", 7)},
        {"text in Latin-1", "caf\xe9"},
        {"text with other controls", "a\x1b[31mb"},
        {"plain ZIP", make_zip({{"a.txt", "a"}})},
        {"empty ZIP", make_zip({})},
        {"ZIP magic only", "PK\x03\x04"},
        {"OpenDocument presentation", opendocument("application/vnd.oasis.opendocument.presentation")},
        {"OpenDocument with a compressed mimetype", make_zip({{"mimetype", odt_type, 8}, {"content.xml", "<x/>"}})},
        {"OpenDocument with mimetype not first", make_zip({{"content.xml", "<x/>"}, {"mimetype", odt_type}})},
        {"OpenDocument with macros", opendocument(odt_type, {{"Basic/Standard/Module1.xml", "<m/>", 8}})},
        {"truncated OpenDocument", odt.substr(0, odt.size() - 30)},
        {"OpenDocument with garbage after the end record", odt + "junk"},
        {"Office document without [Content_Types].xml", make_zip({{"word/document.xml", "<d/>"}})},
        {"Word with macros (docm)", office_open_xml("word/document.xml", {{"word/vbaProject.bin", "\xd0\xcf", 8}})},
        {"Excel with macros (xlsm)", office_open_xml("xl/workbook.xml", {{"xl/vbaProject.bin", "\xd0\xcf", 8}})},
        {"both Word and Excel parts", office_open_xml("word/document.xml", {{"xl/workbook.xml", "<w/>", 8}})},
        {"PowerPoint", office_open_xml("ppt/presentation.xml")},
        {"truncated Word", docx.substr(0, docx.size() - 10)},
        {"Word cut before its central directory", docx.substr(0, docx.size() / 2)},
    };
    for (const Case& c : cases)
        EXPECT_EQ(detect_file_type(c.content), FileType::Unknown) << c.label;
}

TEST(ContentType, TextMentioningAPdfHeaderIsNotAPdf)
{
    // Readers want the header at the very start; this is text, and only text.
    EXPECT_EQ(detect_file_type(" %PDF-1.4\n%%EOF"), FileType::PlainText);
    EXPECT_EQ(detect_file_type("Voir %PDF-1.4 ci-joint\n%%EOF"), FileType::PlainText);
}

TEST(ContentType, SurvivesLyingZipHeaders)
{
    std::string zip = office_open_xml("word/document.xml");
    const std::size_t end = zip.size() - 22;
    // Entry counts, directory size and offset pointing past the data: each must be refused, not read.
    for (std::size_t field_offset : {8u, 10u, 12u, 16u}) {
        std::string broken = zip;
        broken[end + field_offset] = '\xff';
        broken[end + field_offset + 1] = '\x7f';
        EXPECT_EQ(detect_file_type(broken), FileType::Unknown) << field_offset;
    }
    // A central record whose name length runs past the directory.
    std::string long_name = zip;
    const std::size_t central = long_name.find(std::string("PK\x01\x02", 4));
    long_name[central + 28] = '\xff';
    long_name[central + 29] = '\xff';
    EXPECT_EQ(detect_file_type(long_name), FileType::Unknown);
    // A local header claiming a mimetype longer than the file.
    std::string odt = opendocument(odt_type);
    odt[18] = odt[22] = '\xff';
    odt[19] = odt[23] = '\xff';
    EXPECT_EQ(detect_file_type(odt), FileType::Unknown);
}

TEST(ContentType, NamesTypesForServingAndMessages)
{
    struct Case {
        FileType type;
        std::string media_type;
        std::string extension;
    };
    const std::vector<Case> cases = {
        {FileType::Pdf, "application/pdf", "pdf"},
        {FileType::Png, "image/png", "png"},
        {FileType::Jpeg, "image/jpeg", "jpg"},
        {FileType::OpenDocumentText, "application/vnd.oasis.opendocument.text", "odt"},
        {FileType::OpenDocumentSpreadsheet, "application/vnd.oasis.opendocument.spreadsheet", "ods"},
        {FileType::WordDocument, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"},
        {FileType::ExcelWorkbook, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"},
        {FileType::PlainText, "text/plain; charset=utf-8", "txt"},
        {FileType::Unknown, "application/octet-stream", "bin"},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(media_type_of(c.type), c.media_type);
        EXPECT_EQ(extension_of(c.type), c.extension);
        EXPECT_FALSE(describe(c.type).empty());
    }
    EXPECT_EQ(describe(FileType::Pdf), "document PDF");
}

TEST(ContentType, LooksLikeMarkupOnlyForLeadingTags)
{
    EXPECT_TRUE(looks_like_markup("<html>"));
    EXPECT_TRUE(looks_like_markup("\r\n\t <SCRIPT>"));
    EXPECT_TRUE(looks_like_markup("<!doctype html>"));
    EXPECT_FALSE(looks_like_markup("texte <b>gras</b>"));
    EXPECT_FALSE(looks_like_markup("<"));
    EXPECT_FALSE(looks_like_markup("< espace"));
    EXPECT_FALSE(looks_like_markup(""));
}

TEST(AttachmentDisposition, QuotesNothingAClientCouldBreakOutOf)
{
    EXPECT_EQ(attachment_disposition("budget.pdf"), "attachment; filename=\"budget.pdf\"; filename*=UTF-8''budget.pdf");
    EXPECT_EQ(attachment_disposition("résumé final.pdf"),
        "attachment; filename=\"r_sum_ final.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9%20final.pdf");
    EXPECT_EQ(attachment_disposition(""), "attachment; filename=\"fichier\"; filename*=UTF-8''fichier");

    const std::string hostile = attachment_disposition("a\"; filename=evil.html\r\nSet-Cookie: x=1\\%;.pdf");
    EXPECT_EQ(hostile.find('\r'), std::string::npos);
    EXPECT_EQ(hostile.find('\n'), std::string::npos);
    // The only quotes are the two around the ASCII name.
    EXPECT_EQ(std::count(hostile.begin(), hostile.end(), '"'), 2);
    EXPECT_EQ(hostile,
        "attachment; filename=\"a__ filename=evil.htmlSet-Cookie: x=1___.pdf\"; "
        "filename*=UTF-8''a%22%3B%20filename%3Devil.htmlSet-Cookie%3A%20x%3D1%5C%25%3B.pdf");
}

TEST(DownloadName, TakesTheExtensionOfTheDetectedType)
{
    struct Case {
        const char* stored;
        FileType type;
        const char* served;
    };
    const std::vector<Case> cases = {
        {"note.html", FileType::PlainText, "note.txt"},
        {"photo.PDF", FileType::Pdf, "photo.pdf"},
        {"budget.pdf", FileType::Pdf, "budget.pdf"},
        {"scan.jpeg", FileType::Jpeg, "scan.jpg"},
        {"rapport", FileType::WordDocument, "rapport.docx"},
        {"archive.tar.gz", FileType::PlainText, "archive.tar.txt"},
        {"résumé final.odt", FileType::OpenDocumentText, "résumé final.odt"},
        {"tableau.xls.", FileType::ExcelWorkbook, "tableau.xls.xlsx"},
        {".htaccess", FileType::PlainText, ".htaccess.txt"},
        {"", FileType::Png, "fichier.png"},
        {".", FileType::Pdf, "fichier.pdf"},
        {"inconnu.exe", FileType::Unknown, "inconnu.bin"},
    };
    for (const Case& c : cases)
        EXPECT_EQ(file_name_for_type(c.stored, c.type), c.served) << c.stored;
}

TEST(DownloadName, MediaTypesAsStoredMapBackToTheirType)
{
    for (auto type : {FileType::Pdf, FileType::Png, FileType::Jpeg, FileType::OpenDocumentText,
             FileType::OpenDocumentSpreadsheet, FileType::WordDocument, FileType::ExcelWorkbook, FileType::PlainText})
        EXPECT_EQ(file_type_of_media_type(media_type_of(type)), type) << media_type_of(type);
    EXPECT_EQ(file_type_of_media_type("text/html"), FileType::Unknown);
    EXPECT_EQ(file_type_of_media_type("text/plain"), FileType::Unknown) << "only the exact stored value";
    EXPECT_EQ(file_type_of_media_type(""), FileType::Unknown);
}
