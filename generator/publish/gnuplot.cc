#include "publish/gnuplot.h"

#include <filesystem>

#include "publish/output.h"
#include "publish/stop.h"
#include "text/translate.h"

namespace legeplan {

std::string run_gnuplot(const GnuplotJob& job, const std::string& folder, std::chrono::milliseconds time_limit) {
    std::string error;
    {
        StopDeferral writing_the_script;  // as output.h asks
        if (!write_file_atomically(folder + "/charts.gp", job.script, error)) return error;
    }
    ProcessRequest run;
    // The script as a file argument: gnuplot exits at its end, and standard input stays /dev/null.
    run.argv = {"gnuplot", "charts.gp"};
    run.extra_env = {"HOME=" + folder};
    run.scratch_dir = folder;
    run.time_limit = time_limit;
    ProcessResult done = run_process(run);
    std::string failure = process_failure("gnuplot", run, done);
    if (failure.empty()) {
        for (const std::string& picture : job.pictures) {
            std::error_code ec;
            if (std::filesystem::file_size(folder + "/" + picture, ec) == 0 || ec) {
                return fill(tr("gnuplot did not draw {picture}"), {{"picture", picture}}) + what_it_said("gnuplot", done);
            }
        }
        return {};
    }
    if (!done.started) return failure + "; install it (on Debian: apt-get install gnuplot-nox), or build with --no-charts";
    if (done.timed_out) return failure + "; raise the limit with --timeout";
    return failure + what_it_said("gnuplot", done);
}

const char* svg_charts_filter() {
    return "function Image(picture)\n"
           "  if picture.classes:includes('legeplan-diagram') then\n"
           "    picture.src = picture.src:gsub('%.png$', '.svg')\n"
           "    return picture\n"
           "  end\n"
           "end\n";
}

}  // namespace legeplan
