#include "pandoc.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <ctime>

extern char** environ;

namespace legeplan {

std::string pandoc_reader() {
    return "markdown-raw_html-raw_tex-raw_attribute-citations-smart-tex_math_dollars"
           "-tex_math_single_backslash-yaml_metadata_block-native_divs-native_spans";
}

namespace {

// Seconds since 1970 for the plan's date at 00:00 UTC.
long long epoch_of(const Date& d) {
    std::tm tm{};
    tm.tm_year = d.year - 1900;
    tm.tm_mon = std::max(0, d.month - 1);
    tm.tm_mday = std::max(1, d.day);
    return static_cast<long long>(timegm(&tm));
}

// Pandoc's documented exit codes that a user can act on.
std::string explain_exit(int code) {
    switch (code) {
        case 47: return "the PDF engine (weasyprint) was not found; install it with scripts/install-deps.sh";
        case 43: return "the PDF engine failed";
        case 127: return "pandoc was not found; install it with scripts/install-deps.sh";
        default: return "pandoc exited with code " + std::to_string(code);
    }
}

std::vector<std::string> arguments(const Plan& plan, const std::string& title_line,
                                   const PandocRequest& r) {
    std::vector<std::string> args = {"pandoc", "--from=" + pandoc_reader(), "--standalone",
                                     "--toc", "--toc-depth=2"};
    args.push_back("--metadata=title:" + plan.meta.title);
    args.push_back("--metadata=subtitle:" + title_line);
    args.push_back("--metadata=author:" + plan.meta.municipality);
    args.push_back("--metadata=lang:" + std::string(plan.meta.language == Language::nn ? "nn" : "nb"));
    args.push_back("--metadata=toc-title:" + std::string(plan.meta.language == Language::nn ? "Innhald" : "Innhold"));
    if (!r.resource_dir.empty()) args.push_back("--resource-path=" + r.resource_dir);
    if (r.format == "docx") {
        args.push_back("--to=docx");
        if (!r.reference_doc.empty()) args.push_back("--reference-doc=" + r.reference_doc);
    } else if (r.format == "html") {
        args.push_back("--to=html5");
        args.push_back("--self-contained");
        if (!r.css.empty()) args.push_back("--css=" + r.css);
    } else if (r.format == "pdf") {
        args.push_back("--to=html5");
        args.push_back("--pdf-engine=weasyprint");
        if (!r.css.empty()) args.push_back("--css=" + r.css);
    }
    args.push_back("--output=" + r.output);
    args.push_back(r.input);
    return args;
}

}  // namespace

PandocResult run_pandoc(const Plan& plan, const std::string& title_line, const PandocRequest& request) {
    std::vector<std::string> args = arguments(plan, title_line, request);
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<std::string> env_strings;
    for (char** e = environ; *e; ++e) {
        if (std::strncmp(*e, "SOURCE_DATE_EPOCH=", 18) != 0) env_strings.emplace_back(*e);
    }
    env_strings.push_back("SOURCE_DATE_EPOCH=" + std::to_string(epoch_of(plan.meta.date)));
    std::vector<char*> envp;
    for (std::string& e : env_strings) envp.push_back(e.data());
    envp.push_back(nullptr);

    // Pandoc's messages go to a pipe so they can be shown with the error.
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) return {false, -1, std::string("cannot create a pipe: ") + std::strerror(errno)};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    int spawn_error = posix_spawnp(&pid, "pandoc", &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(pipe_fds[1]);
    if (spawn_error != 0) {
        close(pipe_fds[0]);
        return {false, 127, "cannot start pandoc (" + std::string(std::strerror(spawn_error)) +
                                "); install it with scripts/install-deps.sh"};
    }
    std::string said;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = read(pipe_fds[0], buffer, sizeof buffer)) > 0) said.append(buffer, static_cast<std::size_t>(n));
    close(pipe_fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    PandocResult result;
    if (WIFSIGNALED(status)) {
        result.exit_code = 128 + WTERMSIG(status);
        result.message = "pandoc was stopped by signal " + std::to_string(WTERMSIG(status));
    } else {
        result.exit_code = WEXITSTATUS(status);
        result.ok = result.exit_code == 0;
        if (!result.ok) result.message = explain_exit(result.exit_code);
    }
    if (!result.ok && !said.empty()) result.message += "; pandoc said: " + said;
    while (!result.message.empty() && result.message.back() == '\n') result.message.pop_back();
    return result;
}

}  // namespace legeplan
