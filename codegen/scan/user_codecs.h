#pragma once
/// \file
/// UserCodecs: finds the `lambda::json::codec<T>` a user wrote for a type of their own (an
/// explicit or partial specialization the scanned header sees), and what JSON kinds it reads.

#include "model/type_ref.h"

#include <clang/AST/DeclTemplate.h>
#include <clang/Sema/Sema.h>

#include <optional>
#include <string>
#include <vector>

namespace lambdagen::codegen::scan {

/// A type read by a codec the user wrote.
struct UserCodec {
  std::optional<model::TypeRef> type;  ///< TypeKind::custom, or empty when the codec is unusable
  std::string reason;                  ///< why it is unusable
  /// What the codec says the type holds (its `element_type`, or its `key_type` and `mapped_type`):
  /// a container's codec names them so that they are checked and their codecs included.
  std::vector<clang::QualType> holds;
};

class UserCodecs {
 public:
  explicit UserCodecs(clang::Sema& sema) : sema_(sema) {}

  /// The codec the header declares for `type`, completed (instantiated) as generated code would
  /// see it; std::nullopt when there is none (the header does not include <lambda/json/codec.h>,
  /// or no specialization matches `type`). `use`: where the member that needs it is declared.
  std::optional<UserCodec> find(clang::QualType type, clang::SourceLocation use);
  /// Whether the header sees <lambda/json/codecs/containers.h>, whose codecs read containers by shape.
  bool sees_container_codecs();

 private:
  clang::ClassTemplateDecl* codec_template();
  std::optional<model::JsonKinds> accepts(const clang::CXXRecordDecl& codec, clang::SourceLocation use);
  /// The type the codec's member alias `name` stands for, if it has one.
  std::optional<clang::QualType> member_type(const clang::CXXRecordDecl& codec, llvm::StringRef name,
                                             clang::SourceLocation use);

  clang::Sema& sema_;
  clang::ClassTemplateDecl* codec_ = nullptr;
  bool looked_up_ = false;
};

}  // namespace lambdagen::codegen::scan
