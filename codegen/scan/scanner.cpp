#include "scan/scanner.h"

#include "scan/annotated_type_finder.h"
#include "scan/class_templates.h"
#include "scan/diagnostic_collector.h"
#include "scan/enum_reader.h"
#include "scan/record_reader.h"
#include "scan/reporter.h"
#include "scan/scan_context.h"
#include "scan/type_classifier.h"
#include "scan/user_codecs.h"

#include <clang/AST/ASTConsumer.h>
#include <clang/Basic/SourceManager.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendAction.h>
#include <clang/Frontend/TextDiagnosticPrinter.h>
#include <clang/Lex/HeaderSearch.h>
#include <clang/Lex/Preprocessor.h>
#include <clang/Tooling/CompilationDatabase.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/Support/raw_ostream.h>

#include <algorithm>
#include <set>

namespace lambdagen::codegen::scan {
namespace {

/// Builds the module once the whole header is parsed.
class ScanConsumer : public clang::ASTConsumer {
 public:
  ScanConsumer(clang::CompilerInstance& compiler, const ScanRequest& request, std::optional<model::Module>& out)
      : compiler_(compiler), request_(request), out_(out) {}

  void HandleTranslationUnit(clang::ASTContext& ast) override {
    clang::DiagnosticsEngine& diagnostics = ast.getDiagnostics();
    if (diagnostics.hasErrorOccurred()) return;  // a broken AST would only add noise
    Reporter reporter(diagnostics);
    std::set<model::Include> includes;
    auto include = [&](const clang::Decl& decl) { includes.insert(include_for(ast, decl)); };
    AnnotatedDecls found = find_annotated_decls(ast);
    SpecializationQueue specializations(compiler_.getSema(), found.foreign_aliases, found.foreign_records, include);
    UserCodecs user_codecs(compiler_.getSema());
    TypeClassifier classifier(ast, user_codecs, include,
                              [&](const clang::ClassTemplateSpecializationDecl& decl, const std::string& spelling,
                                  clang::SourceLocation use) { specializations.use(decl, spelling, use); });
    ScanContext context{ast, reporter, classifier};

    model::Module module;
    module.include_as = request_.include_as;
    module.generated_header = request_.generated_header;
    for (const clang::TagDecl* decl : found.types) {
      if (const auto* e = llvm::dyn_cast<clang::EnumDecl>(decl)) {
        if (auto model = read_enum(*e, context)) module.types.emplace_back(std::move(*model));
      } else if (const auto* record = llvm::dyn_cast<clang::CXXRecordDecl>(decl)) {
        if (record->getDescribedClassTemplate()) {
          check_class_template(*record, context);
        } else if (const auto* spec = llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(record);
                   spec && spec->isExplicitInstantiationOrSpecialization() && !spec->isExplicitSpecialization()) {
          // `template struct Envelope<Created>;` carries the template's annotation: a request.
          specializations.request(*spec, ast.getTypeDeclType(spec), context);
        } else if (auto model = read_record(*record, context)) {
          module.types.emplace_back(std::move(*model));
        }
      }
    }
    for (const clang::TypedefNameDecl* alias : found.aliases) {
      std::string target = specializations.request(*alias, alias->getUnderlyingType(), context);
      if (!target.empty()) module.aliases.push_back({"::" + alias->getQualifiedNameAsString(), std::move(target)});
    }
    specializations.read_all(context, module.types);
    if (reporter.errors() != 0) return;
    module.includes.assign(includes.begin(), includes.end());
    model::order_by_dependencies(module);
    out_ = std::move(module);
  }

 private:
  /// The generated header of the header that declares `decl`, spelled as the shortest path the
  /// include search finds it by.
  model::Include include_for(clang::ASTContext& ast, const clang::Decl& decl) {
    const clang::SourceManager& sm = ast.getSourceManager();
    clang::FileID file = sm.getFileID(sm.getExpansionLoc(decl.getLocation()));
    const clang::FileEntry* entry = sm.getFileEntryForID(file);
    const clang::FileEntry* main = sm.getFileEntryForID(sm.getMainFileID());
    bool is_system = false;
    std::string path = compiler_.getPreprocessor().getHeaderSearchInfo().suggestPathToFileForDiagnostics(
        entry, main ? main->getName() : llvm::StringRef(), &is_system);
    return {model::generated_header_name(path), is_system};
  }

  clang::CompilerInstance& compiler_;
  const ScanRequest& request_;
  std::optional<model::Module>& out_;
};

class ScanAction : public clang::ASTFrontendAction {
 public:
  ScanAction(const ScanRequest& request, std::optional<model::Module>& out) : request_(request), out_(out) {}

 protected:
  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance& compiler, llvm::StringRef) override {
    return std::make_unique<ScanConsumer>(compiler, request_, out_);
  }

 private:
  const ScanRequest& request_;
  std::optional<model::Module>& out_;
};

class ScanActionFactory : public clang::tooling::FrontendActionFactory {
 public:
  ScanActionFactory(const ScanRequest& request, std::optional<model::Module>& out) : request_(request), out_(out) {}
  std::unique_ptr<clang::FrontendAction> create() override { return std::make_unique<ScanAction>(request_, out_); }

 private:
  const ScanRequest& request_;
  std::optional<model::Module>& out_;
};

std::vector<std::string> command_line(const ScanRequest& request) {
  // LAMBDAGEN_GENERATING lets a header that includes its own generated codecs (as the event
  // headers do, so one include gives types and codecs) skip that include while it is scanned.
  std::vector<std::string> args = {"-x", "c++-header", "-std=c++20", "-DLAMBDAGEN_GENERATING=1"};
  args.insert(args.end(), request.compiler_flags.begin(), request.compiler_flags.end());
  if (!request.resource_dir.empty()) {
    args.push_back("-resource-dir");
    args.push_back(request.resource_dir);
  }
  // The user's compiler reports the header's warnings; the generator reports only errors, but
  // all of them, so one run lists every member to fix.
  args.push_back("-w");
  args.push_back("-ferror-limit=0");
  return args;
}

}  // namespace

ScanResult scan_header(const ScanRequest& request) {
  ScanResult result;
  clang::tooling::FixedCompilationDatabase database(".", command_line(request));
  clang::tooling::ClangTool tool(database, {request.header});
  for (const auto& [path, content] : request.virtual_files) tool.mapVirtualFile(path, content);
  tool.setPrintErrorMessage(false);

  std::unique_ptr<clang::DiagnosticConsumer> printer;
  llvm::IntrusiveRefCntPtr<clang::DiagnosticOptions> options(new clang::DiagnosticOptions());
  if (request.print_diagnostics) printer = std::make_unique<clang::TextDiagnosticPrinter>(llvm::errs(), options.get());
  DiagnosticCollector collector(result.diagnostics, std::move(printer));
  tool.setDiagnosticConsumer(&collector);

  std::optional<model::Module> module;
  ScanActionFactory factory(request, module);
  int status = tool.run(&factory);
  bool any_error = std::any_of(result.diagnostics.begin(), result.diagnostics.end(),
                               [](const ScanDiagnostic& d) { return d.severity == ScanDiagnostic::Severity::error; });
  if (status == 0 && !any_error) result.module = std::move(module);
  return result;
}

}  // namespace lambdagen::codegen::scan
