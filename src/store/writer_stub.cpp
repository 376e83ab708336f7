// Stub until the writer lands.
#include "catalogue_writer.h"
namespace cablecat {
struct CatalogueWriter::Impl { LoadCounts counts; };
CatalogueWriter::CatalogueWriter(const std::string&, WriterOptions) : impl_(std::make_unique<Impl>()) {}
CatalogueWriter::~CatalogueWriter() = default;
std::int64_t CatalogueWriter::beginSource(const std::string&, const std::string&) { return 0; }
void CatalogueWriter::endSource(std::int64_t, std::uint64_t, std::uint64_t) {}
WriteOutcome CatalogueWriter::write(const Cable&, std::int64_t, const Locator&, const std::string&) { return WriteOutcome::inserted; }
void CatalogueWriter::recordIssue(std::int64_t, const Locator&, const std::string&, Severity, const std::string&) {}
void CatalogueWriter::finish() {}
void CatalogueWriter::abandon() {}
const LoadCounts& CatalogueWriter::counts() const { return impl_->counts; }
}  // namespace cablecat
