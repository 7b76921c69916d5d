#include "scan/type_classifier.h"

#include "model/naming_policy.h"
#include "scan/annotations.h"

#include <clang/AST/Type.h>
#include <clang/Basic/SourceManager.h>
#include <llvm/Support/raw_ostream.h>

#include <algorithm>
#include <iterator>

namespace lambdagen::codegen::scan {
namespace {

using model::TypeKind;

Classification supported(model::TypeRef type) { return {std::move(type), {}}; }
Classification unsupported(std::string reason) { return {std::nullopt, std::move(reason)}; }

std::string qualified_name(const clang::NamedDecl& decl) { return decl.getQualifiedNameAsString(); }

/// The declaration of a record type's class template, if it is a specialization of one.
const clang::ClassTemplateSpecializationDecl* specialization_of(clang::QualType type) {
  const auto* record = type->getAsCXXRecordDecl();
  return llvm::dyn_cast_or_null<clang::ClassTemplateSpecializationDecl>(record);
}

/// True when `type` is `name<argument>` (e.g. std::allocator<T>), ignoring further arguments.
bool is_template_of(clang::QualType type, llvm::StringRef name, clang::QualType argument) {
  const auto* spec = specialization_of(type);
  if (!spec || qualified_name(*spec) != name) return false;
  const auto& args = spec->getTemplateArgs();
  return args.size() >= 1 && args[0].getKind() == clang::TemplateArgument::Type &&
         args[0].getAsType().getCanonicalType() == argument.getCanonicalType();
}

/// True when `type` is a specialization of the template named `name`, whatever its arguments.
bool is_template_named(clang::QualType type, llvm::StringRef name) {
  const auto* spec = specialization_of(type);
  return spec && qualified_name(*spec) == name;
}

/// What a refused standard type's message suggests.
constexpr std::string_view containers_hint =
    "containers known by what they can do (std::deque, std::list, std::set, std::array, std::multimap, …) are "
    "supported where the header includes <lambda/json/codecs/containers.h>";

/// The templates whose specializations the generator reads itself: when one is refused, it is for
/// its arguments, and the library's codec for it must not be instantiated over them.
bool is_known_template(const clang::ClassTemplateSpecializationDecl& decl) {
  static constexpr llvm::StringLiteral known[] = {
      "std::basic_string",
      "std::basic_string_view",
      "std::optional",
      "std::vector",
      "std::map",
      "std::unordered_map",
      "std::variant",
      "std::chrono::time_point",
      "std::chrono::duration",
      "lambda::json::flat_map",
  };
  std::string name = qualified_name(decl);
  return std::find(std::begin(known), std::end(known), name) != std::end(known);
}

/// Whether a refused type may still have a lambda::json::codec the user wrote: a class or enum
/// (or arithmetic type) taken by value, not one the generator reads itself.
bool may_have_user_codec(clang::QualType type) {
  clang::QualType canonical = type.getCanonicalType();
  if (canonical.hasQualifiers()) return false;
  const clang::Type& t = *canonical.getTypePtr();
  if (t.isReferenceType() || t.isPointerType() || t.isMemberPointerType() || t.isArrayType()) return false;
  if (const auto* spec = specialization_of(canonical)) return !is_known_template(*spec);
  return t.isRecordType() || t.isEnumeralType() || t.isBuiltinType();
}

/// The naming policy `record` (or its template) declares.
model::NamingPolicy naming_of(const clang::CXXRecordDecl& annotated) {
  std::optional<std::string> naming = annotation_argument(annotated, "lambda.json.naming");
  return naming ? model::parse_naming_policy(*naming).value_or(model::NamingPolicy::as_declared)
                : model::NamingPolicy::as_declared;
}

/// The declaration that carries `record`'s annotations: its definition, or for a class template
/// specialization the template's.
const clang::CXXRecordDecl& annotated_decl(const clang::CXXRecordDecl& record) {
  const clang::CXXRecordDecl& definition = record.hasDefinition() ? *record.getDefinition() : record;
  if (const auto* spec = llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(&definition))
    return template_pattern(*spec);
  return definition;
}

/// The name an alternative of a tagged variant goes by: LAMBDA_JSON_TAG_VALUE, else its own
/// name (a template's, for a specialization) under its naming policy.
std::string tag_value_of(const clang::CXXRecordDecl& alternative) {
  const clang::CXXRecordDecl& annotated = annotated_decl(alternative);
  if (std::optional<std::string> value = annotation_argument(annotated, "lambda.json.tag_value")) return *value;
  return model::apply_naming_policy(naming_of(annotated), alternative.getName());
}

/// Whether a member of `record` or its bases reads `key` (its key or an alias), as the record's
/// codec will: a tagged variant's alternative must leave the tag's key to the tag.
bool reads_key(const clang::CXXRecordDecl& record, model::NamingPolicy policy, const std::string& key) {
  for (const auto& base : record.bases())
    if (const auto* b = base.getType()->getAsCXXRecordDecl(); b && b->hasDefinition())
      if (reads_key(*b->getDefinition(), naming_of(*b->getDefinition()), key)) return true;
  for (const auto* field : record.fields()) {
    if (!field->getIdentifier() || is_skipped(*field)) continue;
    std::optional<std::string> name = annotation_argument(*field, "lambda.json.name");
    if ((name ? *name : model::apply_naming_policy(policy, field->getName())) == key) return true;
    for (const auto& alias : annotation_arguments(*field, "lambda.json.alias"))
      if (alias == key) return true;
  }
  return false;
}

}  // namespace

TypeClassifier::TypeClassifier(clang::ASTContext& context, UserCodecs& user_codecs, ForeignTypeSink on_foreign_type,
                               SpecializationSink on_specialization)
    : context_(context),
      user_codecs_(user_codecs),
      on_foreign_type_(std::move(on_foreign_type)),
      on_specialization_(std::move(on_specialization)) {}

const clang::CXXRecordDecl& template_pattern(const clang::ClassTemplateSpecializationDecl& decl) {
  const clang::CXXRecordDecl* pattern = decl.getSpecializedTemplate()->getTemplatedDecl();
  return pattern->hasDefinition() ? *pattern->getDefinition() : *pattern;
}

bool is_library_specialization(const clang::ClassTemplateSpecializationDecl& decl) {
  std::string name = qualified_name(decl);
  return llvm::StringRef(name).startswith("std::") || name == "lambda::json::flat_map";
}

std::string display_name(const clang::NamedDecl& decl, const clang::PrintingPolicy& policy, bool qualified) {
  std::string out;
  llvm::raw_string_ostream stream(out);
  decl.getNameForDiagnostic(stream, policy, qualified);
  return stream.str();
}

Classification TypeClassifier::classify(clang::QualType type, clang::SourceLocation use) {
  use_ = use;
  return classify_value(type, false);
}

Classification TypeClassifier::classify_value(clang::QualType type, bool variant_alternative) {
  Classification known = classify_known(type, variant_alternative);
  if (known.type || !may_have_user_codec(type)) return known;
  if (std::optional<UserCodec> user = user_codecs_.find(type.getCanonicalType(), use_)) {
    if (!user->type) return unsupported(user->reason);
    for (clang::QualType held : user->holds) {
      Classification element = classify_value(held, false);
      if (!element.type)
        return unsupported("it holds '" + held.getAsString(context_.getPrintingPolicy()) + "': " + element.reason);
      user->type->args.push_back(std::move(*element.type));
    }
    return supported(std::move(*user->type));
  }
  if (known.reason.find(containers_hint) != std::string::npos && user_codecs_.sees_container_codecs())
    return unsupported("'" + type.getAsString(context_.getPrintingPolicy()) +
                       "' fits none of the shapes <lambda/json/codecs/containers.h> reads: maps need std::string or "
                       "std::string_view keys, sets an ordering (std::unordered_set is not read)");
  return known;
}

Classification TypeClassifier::classify_known(clang::QualType type, bool variant_alternative) {
  clang::QualType canonical = type.getCanonicalType();
  if (canonical.isConstQualified() || canonical.isVolatileQualified())
    return unsupported("const or volatile types cannot be read into");
  const clang::Type& t = *canonical.getTypePtr();
  if (t.isReferenceType()) return unsupported("references are not supported; use a value member");
  if (t.isPointerType() || t.isMemberPointerType())
    return unsupported("pointers are not supported; use a value, std::optional or std::vector");
  if (t.isArrayType()) return unsupported("C arrays are not supported; use std::vector");
  if (const auto* builtin = llvm::dyn_cast<clang::BuiltinType>(&t)) return classify_builtin(*builtin);
  if (const auto* e = llvm::dyn_cast<clang::EnumType>(&t)) {
    if (qualified_name(*e->getDecl()) == "std::byte")
      return unsupported("std::byte is supported only as std::vector<std::byte> (base64)");
    return classify_tag(*e->getDecl(), true);
  }
  if (const auto* record = t.getAsCXXRecordDecl()) {
    std::string name = qualified_name(*record);
    if (name == "std::monostate") {
      if (variant_alternative) return supported(model::leaf_type(TypeKind::monostate, "std::monostate"));
      return unsupported("std::monostate is supported only as a std::variant alternative");
    }
    if (name == "lambda::json::raw_json")
      return supported(model::leaf_type(TypeKind::raw_json, "lambda::json::raw_json"));
    if (name == "lambda::json::epoch_milliseconds")
      return supported(model::leaf_type(TypeKind::epoch_milliseconds, "lambda::json::epoch_milliseconds"));
    if (name == "lambda::json::epoch_seconds")
      return supported(model::leaf_type(TypeKind::epoch_seconds, "lambda::json::epoch_seconds"));
    if (name == "lambda::json::timestamp")
      return supported(model::leaf_type(TypeKind::timestamp, "lambda::json::timestamp"));
    if (const auto* spec = llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(record)) {
      if (is_library_specialization(*spec)) return classify_specialization(*spec);
      return classify_annotated_specialization(*spec);
    }
    return classify_tag(*record, false);
  }
  return unsupported(
      "only bool, integers, float, double, strings, standard containers, "
      "std::optional, std::variant, time points, LAMBDA_JSON types and types with a lambda::json::codec of their own "
      "are supported");
}

Classification TypeClassifier::classify_builtin(const clang::BuiltinType& type) {
  std::string spelling = type.getName(context_.getPrintingPolicy()).str();
  switch (type.getKind()) {
    case clang::BuiltinType::Bool:
      return supported(model::leaf_type(TypeKind::boolean, "bool"));
    case clang::BuiltinType::SChar:
    case clang::BuiltinType::UChar:
    case clang::BuiltinType::Short:
    case clang::BuiltinType::UShort:
    case clang::BuiltinType::Int:
    case clang::BuiltinType::UInt:
    case clang::BuiltinType::Long:
    case clang::BuiltinType::ULong:
    case clang::BuiltinType::LongLong:
    case clang::BuiltinType::ULongLong:
      return supported(model::leaf_type(TypeKind::integer, spelling));
    case clang::BuiltinType::Float:
    case clang::BuiltinType::Double:
      return supported(model::leaf_type(TypeKind::floating, spelling));
    case clang::BuiltinType::Char_S:
    case clang::BuiltinType::Char_U:
      return unsupported(
          "plain 'char' is ambiguous between a character and a number; use std::string for "
          "text or signed char / unsigned char / std::int8_t for numbers");
    case clang::BuiltinType::LongDouble:
      return unsupported("long double is not supported; use double");
    default:
      return unsupported("'" + spelling + "' is not a supported arithmetic type");
  }
}

Classification TypeClassifier::classify_tag(const clang::TagDecl& decl, bool is_enum) {
  std::string name = qualified_name(decl);
  if (!decl.getIdentifier()) return unsupported("unnamed types are not supported; name the type and annotate it");
  const clang::TagDecl* definition = decl.getDefinition();
  if (!definition || !is_serializable(*definition))
    return unsupported(std::string(is_enum ? "enum" : "type") + " '" + name +
                       "' is not annotated with LAMBDA_JSON and has no lambda::json::codec of its own");
  if (decl.isInAnonymousNamespace())
    return unsupported("'" + name + "' is in an anonymous namespace, which generated code cannot name");
  const clang::SourceManager& sm = context_.getSourceManager();
  if (!sm.isInMainFile(sm.getExpansionLoc(definition->getLocation()))) on_foreign_type_(*definition);
  return supported(model::leaf_type(is_enum ? TypeKind::enumeration : TypeKind::record, "::" + name));
}

Classification TypeClassifier::classify_annotated_specialization(const clang::ClassTemplateSpecializationDecl& decl) {
  std::string name = display_name(decl, context_.getPrintingPolicy(), true);
  if (!is_serializable(template_pattern(decl)))
    return unsupported("'" + name + "' is a specialization of class template '" + qualified_name(decl) +
                       "', which is not annotated with LAMBDA_JSON");
  if (decl.isInAnonymousNamespace())
    return unsupported("'" + name + "' is in an anonymous namespace, which generated code cannot name");
  // Spelled from the model, like every member type, so that one specialization has one spelling.
  std::string spelling = "::" + qualified_name(decl) + "<";
  const clang::TemplateArgumentList& args = decl.getTemplateArgs();
  for (unsigned i = 0; i < args.size(); ++i) {
    if (args[i].getKind() != clang::TemplateArgument::Type)
      return unsupported("'" + name +
                         "' has a template argument that is not a type; only type arguments are supported");
    Classification argument = classify_value(args[i].getAsType(), false);
    if (!argument.type) return unsupported("'" + name + "' has an unsupported template argument: " + argument.reason);
    spelling += (i == 0 ? "" : ", ") + argument.type->spelling;
  }
  spelling += ">";
  on_specialization_(decl, spelling, use_);
  return supported(model::leaf_type(TypeKind::record, spelling));
}

Classification TypeClassifier::classify_specialization(const clang::ClassTemplateSpecializationDecl& decl) {
  std::string name = qualified_name(decl);
  const clang::TemplateArgumentList& args = decl.getTemplateArgs();
  auto type_arg = [&](unsigned i) { return args[i].getAsType(); };
  auto all_types = [&] {
    for (unsigned i = 0; i < args.size(); ++i)
      if (args[i].getKind() != clang::TemplateArgument::Type) return false;
    return true;
  };

  if (name == "std::basic_string" || name == "std::basic_string_view") {
    bool is_view = name == "std::basic_string_view";
    clang::QualType character = all_types() ? type_arg(0).getCanonicalType() : clang::QualType();
    if (character.isNull() || (!character->isSpecificBuiltinType(clang::BuiltinType::Char_S) &&
                               !character->isSpecificBuiltinType(clang::BuiltinType::Char_U)))
      return unsupported("only strings of char (std::string, std::string_view) are supported");
    if (!is_template_of(type_arg(1), "std::char_traits", type_arg(0)) ||
        (!is_view && !is_template_of(type_arg(2), "std::allocator", type_arg(0))))
      return unsupported("strings with custom traits or allocators are not supported");
    return supported(is_view ? model::leaf_type(TypeKind::string_view, "std::string_view")
                             : model::leaf_type(TypeKind::string, "std::string"));
  }
  if (name == "std::optional") {
    Classification value = classify_value(type_arg(0), false);
    if (!value.type) return value;
    return supported(model::optional_of(std::move(*value.type)));
  }
  if (name == "std::vector") {
    if (!is_template_of(type_arg(1), "std::allocator", type_arg(0)))
      return unsupported("std::vector with a custom allocator is not supported");
    if (const auto* e = type_arg(0).getCanonicalType()->getAs<clang::EnumType>();
        e && qualified_name(*e->getDecl()) == "std::byte")
      return supported(model::leaf_type(TypeKind::bytes, "std::vector<std::byte>"));
    Classification element = classify_value(type_arg(0), false);
    if (!element.type) return element;
    return supported(model::vector_of(std::move(*element.type)));
  }
  if (name == "std::map" || name == "std::unordered_map") {
    bool ordered = name == "std::map";
    Classification key = classify_value(type_arg(0), false);
    if (!key.type || (key.type->kind != TypeKind::string && key.type->kind != TypeKind::string_view))
      return unsupported(name + " keys must be std::string or std::string_view");
    bool default_policies = ordered ? is_template_of(type_arg(2), "std::less", type_arg(0))
                                    : is_template_of(type_arg(2), "std::hash", type_arg(0)) &&
                                          is_template_of(type_arg(3), "std::equal_to", type_arg(0));
    if (!default_policies || !is_template_named(type_arg(ordered ? 3 : 4), "std::allocator"))
      return unsupported(name + " with a custom comparator, hash or allocator is not supported");
    Classification value = classify_value(type_arg(1), false);
    if (!value.type) return value;
    return supported(
        model::map_of(ordered ? TypeKind::map : TypeKind::unordered_map, std::move(*key.type), std::move(*value.type)));
  }
  if (name == "lambda::json::flat_map") {
    Classification key = classify_value(type_arg(0), false);
    if (!key.type || (key.type->kind != TypeKind::string && key.type->kind != TypeKind::string_view))
      return unsupported(name + " keys must be std::string or std::string_view");
    // Lookups take a std::string_view: only a transparent equality compiles.
    std::string key_equal;
    if (is_template_of(type_arg(2), "std::equal_to", context_.VoidTy))
      key_equal = "std::equal_to<>";
    else if (const auto* record = type_arg(2)->getAsCXXRecordDecl();
             record && qualified_name(*record) == "lambda::json::case_insensitive_equal")
      key_equal = "lambda::json::case_insensitive_equal";
    else
      return unsupported(name + " compares keys with std::equal_to<> or lambda::json::case_insensitive_equal only");
    Classification value = classify_value(type_arg(1), false);
    if (!value.type) return value;
    return supported(model::flat_map_of(std::move(*key.type), std::move(*value.type), key_equal));
  }
  if (name == "std::variant") {
    // The single argument of a variant specialization is the pack.
    std::vector<model::TypeRef> alternatives;
    for (const auto& pack : args.asArray()) {
      for (const auto& arg : pack.pack_elements()) {
        Classification alternative = classify_value(arg.getAsType(), true);
        if (!alternative.type) return alternative;
        alternatives.push_back(std::move(*alternative.type));
      }
    }
    if (std::string ambiguity = model::variant_ambiguity(alternatives); !ambiguity.empty())
      return unsupported("std::variant " + ambiguity);
    return supported(model::variant_of(std::move(alternatives)));
  }
  if (name == "std::chrono::time_point") return classify_time_point(args);
  if (name == "std::chrono::duration")
    return unsupported("durations are not supported; use a time point or an integer count");
  return unsupported("'" + name + "' is not a supported standard type; " + std::string(containers_hint));
}

Classification TypeClassifier::classify_tagged(clang::QualType type, clang::SourceLocation use,
                                               const std::string& key) {
  use_ = use;
  const auto* spec = specialization_of(type.getCanonicalType());
  std::string name = spec ? qualified_name(*spec) : "";
  if (name == "std::variant") return classify_tagged_variant(*spec, key);
  if (name == "std::optional" || name == "std::vector") {
    const clang::TemplateArgumentList& args = spec->getTemplateArgs();
    const auto* inner = specialization_of(args[0].getAsType().getCanonicalType());
    if (inner && qualified_name(*inner) == "std::variant" &&
        (name == "std::optional" || is_template_of(args[1].getAsType(), "std::allocator", args[0].getAsType()))) {
      Classification variant = classify_tagged_variant(*inner, key);
      if (!variant.type) return variant;
      return supported(name == "std::optional" ? model::optional_of(std::move(*variant.type))
                                               : model::vector_of(std::move(*variant.type)));
    }
  }
  return unsupported(
      "is marked LAMBDA_JSON_TAG, which chooses among the alternatives of a std::variant of LAMBDA_JSON structs (or "
      "of a std::optional or std::vector of one)");
}

Classification TypeClassifier::classify_tagged_variant(const clang::ClassTemplateSpecializationDecl& variant,
                                                       const std::string& key) {
  std::vector<model::TypeRef> alternatives;
  std::vector<std::string> values;
  for (const auto& pack : variant.getTemplateArgs().asArray()) {
    for (const auto& arg : pack.pack_elements()) {
      clang::QualType type = arg.getAsType();
      Classification alternative = classify_value(type, false);
      if (!alternative.type) return alternative;
      const clang::CXXRecordDecl* record = type.getCanonicalType()->getAsCXXRecordDecl();
      if (alternative.type->kind != model::TypeKind::record || !record)
        return unsupported("a tagged std::variant's alternatives must be LAMBDA_JSON structs, and '" +
                           alternative.type->spelling + "' is not one");
      const clang::CXXRecordDecl& annotated = annotated_decl(*record);
      if (reads_key(annotated, naming_of(annotated), key))
        return unsupported("'" + alternative.type->spelling + "' has a member that reads the key \"" + key +
                           "\", which the tag takes; a tagged std::variant's alternatives must leave it to the tag");
      std::string value = tag_value_of(*record);
      if (!model::spelled_without_escapes(value))
        return unsupported("the tag value \"" + value + "\" of '" + alternative.type->spelling +
                           "' needs escaping in JSON (a quote, a backslash or a control character)");
      for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i] == value)
          return unsupported("alternatives '" + alternatives[i].spelling + "' and '" + alternative.type->spelling +
                             "' both go by the tag \"" + value + "\"; give one of them LAMBDA_JSON_TAG_VALUE");
      alternatives.push_back(std::move(*alternative.type));
      values.push_back(std::move(value));
    }
  }
  return supported(model::tagged_variant_of(std::move(alternatives), key, std::move(values)));
}

Classification TypeClassifier::classify_time_point(const clang::TemplateArgumentList& args) {
  const auto* clock = args[0].getAsType()->getAsCXXRecordDecl();
  if (!clock || qualified_name(*clock) != "std::chrono::system_clock")
    return unsupported("only time points of std::chrono::system_clock (std::chrono::sys_time) are supported");
  std::optional<std::string> duration = duration_spelling(args[1].getAsType());
  if (!duration) return unsupported("the time point's duration must have an arithmetic representation");
  // What lambda/json/time.h can spell: the precision is the spelling (seconds, milliseconds, …).
  const auto& duration_args = specialization_of(args[1].getAsType().getCanonicalType())->getTemplateArgs();
  if (!duration_args[0].getAsType().getCanonicalType()->isIntegerType())
    return unsupported(
        "the time point's duration must count in integers (std::chrono::seconds, milliseconds, …): its precision "
        "is the fraction digits it is written with");
  const auto& ratio = specialization_of(duration_args[1].getAsType().getCanonicalType())->getTemplateArgs();
  const llvm::APSInt num = ratio[0].getAsIntegral(), den = ratio[1].getAsIntegral();
  if (num.isNegative() || den.isNegative() || den.getExtValue() > 1'000'000'000 ||
      1'000'000'000 % den.getExtValue() != 0)
    return unsupported(
        "the time point's tick must be a whole number of nanoseconds (std::chrono::seconds, "
        "milliseconds, microseconds, nanoseconds, minutes, …)");
  return supported(model::leaf_type(TypeKind::sys_time, "std::chrono::sys_time<" + *duration + ">"));
}

std::optional<std::string> TypeClassifier::duration_spelling(clang::QualType duration) {
  const auto* spec = specialization_of(duration.getCanonicalType());
  if (!spec || qualified_name(*spec) != "std::chrono::duration") return std::nullopt;
  const auto& args = spec->getTemplateArgs();
  const auto* rep = args[0].getAsType().getCanonicalType()->getAs<clang::BuiltinType>();
  const auto* ratio = specialization_of(args[1].getAsType().getCanonicalType());
  if (!rep || !(rep->isInteger() || rep->isFloatingPoint()) || !ratio || qualified_name(*ratio) != "std::ratio")
    return std::nullopt;
  const auto& ratio_args = ratio->getTemplateArgs();
  if (ratio_args.size() != 2 || ratio_args[0].getKind() != clang::TemplateArgument::Integral ||
      ratio_args[1].getKind() != clang::TemplateArgument::Integral)
    return std::nullopt;
  return "std::chrono::duration<" + rep->getName(context_.getPrintingPolicy()).str() + ", std::ratio<" +
         llvm::toString(ratio_args[0].getAsIntegral(), 10) + ", " + llvm::toString(ratio_args[1].getAsIntegral(), 10) +
         ">>";
}

}  // namespace lambdagen::codegen::scan
