#pragma once
// The NAF rév. 2 activity codes and their labels, from the @socialgouv/codes-naf package installed
// under node_modules. Read once per process on first use and shared by every request.

#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace essaim::core {
struct Config;
}

namespace essaim::directory {

//! The sub-classes ("88.99B" → label) of one index.json; empty when the file cannot be read.
std::map<std::string, std::string> read_naf_labels(const std::filesystem::path& index_json);

class NafCatalogue {
public:
    //! False when the package could not be read (logged once): codes are then checked for their
    //! format only, and shown without a label.
    bool available(const core::Config& config);
    //! The label of a canonical code ("88.99B"), or nothing when unknown or unavailable.
    std::optional<std::string> label(const core::Config& config, const std::string& code);

private:
    void load(const core::Config& config);

    std::once_flag m_loaded;
    std::map<std::string, std::string> m_labels;
};

} // namespace essaim::directory
