#include "publish/libreoffice.h"

#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>

#include "publish/output.h"
#include "publish/pdf_fixes.h"
#include "publish/stop.h"
#include "text/translate.h"

namespace legeplan {

namespace fs = std::filesystem;

namespace {

// A path as a file: URL, every byte but unreserved ones and '/' percent-encoded (a work folder
// is named after the plan, whose file name may hold anything).
std::string file_url(const std::string& path) {
    static const char* hex = "0123456789ABCDEF";
    std::string url = "file://";
    for (unsigned char c : path) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
            url += static_cast<char>(c);
        } else {
            url += '%';
            url += hex[c >> 4];
            url += hex[c & 0xF];
        }
    }
    return url;
}

std::string explain(const ProcessRequest& run, const ProcessResult& done) {
    std::string failure = process_failure("soffice", run, done);
    if (!done.started) {
        return fill(tr("{failure}; install LibreOffice Writer (on Debian: apt-get install libreoffice-writer-nogui)"),
                    {{"failure", failure}});
    }
    if (done.timed_out) return fill(tr("{failure}; raise the limit with --timeout"), {{"failure", failure}});
    return failure + what_it_said("soffice", done);
}

bool read_whole(const std::string& path, std::string& bytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

}  // namespace

std::string libreoffice_pdf_filter() {
    auto option = [](const char* name) {
        return "\"" + std::string(name) + "\":{\"type\":\"boolean\",\"value\":\"true\"}";
    };
    return "pdf:writer_pdf_Export:{" + option("UseTaggedPDF") + "," + option("PDFUACompliance") + "," +
           option("ExportBookmarks") + "," + option("DisplayPDFDocumentTitle") + "," +
           option("EmbedStandardFonts") + "," + option("ExportBookmarksToPDFDestination") + "}";
}

std::string docx_to_pdf(const PdfRequest& request) {
    ScratchFolder scratch(request.work_dir, "libreoffice");
    if (!scratch.ok()) return scratch.error();
    std::string folder = fs::absolute(scratch.path()).lexically_normal().string();
    std::string docx = folder + "/document.docx";
    std::string out = folder + "/pdf";
    {
        // Within a deferral, as output.h asks: a stop removes the folder, and must not find it again.
        StopDeferral copying;
        std::error_code ec;
        fs::create_directory(out, ec);
        if (!ec) fs::copy_file(request.docx, docx, ec);
        if (ec) return fill(tr("cannot copy the DOCX for LibreOffice: {reason}"), {{"reason", ec.message()}});
    }
    ProcessRequest run;
    run.argv = {"soffice", "-env:UserInstallation=" + file_url(folder + "/profile"), "--headless", "--norestore",
                "--nologo", "--convert-to", libreoffice_pdf_filter(), "--outdir", out, docx};
    // TZ=UTC: the dates LibreOffice writes then have one form, which fix_libreoffice_pdf replaces.
    run.extra_env = {"TZ=UTC", "SOURCE_DATE_EPOCH=" + std::to_string(request.stamp)};
    run.scratch_dir = folder;
    run.time_limit = request.time_limit;
    ProcessResult done = run_process(run);
    if (!done.started || done.exit_code != 0) return explain(run, done);
    std::string bytes;
    if (!read_whole(out + "/document.pdf", bytes)) {
        return tr("LibreOffice wrote no PDF") + what_it_said("soffice", done);
    }
    std::string problem = pdf_problem(bytes);
    if (!problem.empty()) return fill(tr("the PDF LibreOffice wrote cannot be published: {reason}"), {{"reason", problem}});
    // Without its dates found and set, the PDF would differ from build to build.
    if (fix_libreoffice_pdf(bytes, request.stamp) == 0) {
        return tr("the PDF LibreOffice wrote has no creation date where legeplan sets the plan's (a LibreOffice "
                  "other than 7.4?)");
    }
    StopDeferral writing_the_pdf;
    std::string error;
    if (!write_file_atomically(request.output, bytes, error)) return error;
    return {};
}

}  // namespace legeplan
