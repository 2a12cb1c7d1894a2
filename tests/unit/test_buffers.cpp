// Unit tests for the buffer protocol (runtime/buffer.cpp) and its exporters:
// request flags, export counting, contiguity and the strided copy loops.
#include <gtest/gtest.h>

#include <string>

#include "runtime/bytes/buffer.h"
#include "runtime/bytes/memoryview.h"
#include "runtime_env.h"

using namespace rt;

namespace {

Object* call_method_str(Object* o, const char* name, std::initializer_list<Object*> args) {
  Object* n = str_intern_cstr(name);
  Object* r = call_method(o, n, args.begin(), ssize(args.size()));
  decref(n);
  return r;
}

}  // namespace

TEST(BuffersTest, BytesExportIsReadOnly) {
  ensure_runtime();
  Object* b = bytes_from("hello", 5);
  Buffer v;
  ASSERT_EQ(object_get_buffer(b, &v, BUF_SIMPLE), 0);
  EXPECT_EQ(v.obj, b);
  EXPECT_EQ(v.len, 5);
  EXPECT_TRUE(v.readonly);
  EXPECT_EQ(v.format, nullptr);  // not asked for
  EXPECT_EQ(v.shape, nullptr);
  EXPECT_EQ(std::string(static_cast<char*>(v.buf), 5), "hello");
  ssize before = b->ob_refcnt;
  buffer_release(&v);
  EXPECT_EQ(v.obj, nullptr);
  EXPECT_EQ(b->ob_refcnt, before - 1);
  buffer_release(&v);  // a second release is a no-op

  ASSERT_EQ(object_get_buffer(b, &v, BUF_FULL_RO), 0);
  EXPECT_STREQ(v.format, "B");
  ASSERT_NE(v.shape, nullptr);
  EXPECT_EQ(v.shape[0], 5);
  EXPECT_EQ(v.strides[0], 1);
  buffer_release(&v);

  EXPECT_EQ(object_get_buffer(b, &v, BUF_WRITABLE), -1);
  EXPECT_TRUE(err_matches(Exc_BufferError));
  EXPECT_EQ(v.obj, nullptr);
  err_clear();
  decref(b);
}

TEST(BuffersTest, NonExporterRaisesTypeError) {
  ensure_runtime();
  Object* s = str_from_cstr("text");
  Buffer v;
  EXPECT_EQ(object_get_buffer(s, &v, BUF_SIMPLE), -1);
  EXPECT_TRUE(err_matches(Exc_TypeError));
  err_clear();
  BytesLike arg;
  EXPECT_FALSE(arg.get(s));
  err_clear();
  decref(s);
}

TEST(BuffersTest, ByteArrayCountsExports) {
  ensure_runtime();
  Object* ba = bytearray_from("abc", 3);
  auto* b = static_cast<ByteArrayObject*>(ba);
  {
    BytesLike one, two;
    ASSERT_TRUE(one.get(ba, BUF_WRITABLE));
    ASSERT_TRUE(two.get(ba));
    EXPECT_FALSE(one.view()->readonly);
    EXPECT_EQ(b->exports, 2);
    EXPECT_EQ(bytearray_resize(ba, 10), -1);
    EXPECT_TRUE(err_matches(Exc_BufferError));
    err_clear();
    EXPECT_EQ(bytearray_resize(ba, 3), 0);  // same size: allowed
    one.wdata()[0] = 'X';
  }
  EXPECT_EQ(b->exports, 0);
  EXPECT_EQ(std::string(bytearray_data(ba), 3), "Xbc");
  ASSERT_EQ(bytearray_resize(ba, 100), 0);
  EXPECT_EQ(size_of(ba), 100);
  EXPECT_EQ(bytearray_data(ba)[100], 0);  // the trailing NUL
  decref(ba);
}

TEST(BuffersTest, ContiguityAndStridedCopies) {
  ensure_runtime();
  char data[12];
  for (int i = 0; i < 12; i++) data[i] = char('a' + i);
  // A 3x4 C-ordered array of bytes.
  ssize shape[2] = {3, 4}, strides[2];
  buffer_c_strides(2, shape, 1, strides);
  EXPECT_EQ(strides[0], 4);
  EXPECT_EQ(strides[1], 1);
  Buffer v;
  v.buf = data;
  v.len = 12;
  v.ndim = 2;
  v.shape = shape;
  v.strides = strides;
  EXPECT_TRUE(buffer_is_contiguous(&v, 'C'));
  EXPECT_FALSE(buffer_is_contiguous(&v, 'F'));
  EXPECT_TRUE(buffer_is_contiguous(&v, 'A'));
  char out[13] = {};
  buffer_to_contiguous(out, &v, 'F');
  EXPECT_EQ(std::string(out, 12), "aeibfjcgkdhl");
  // Every other row, reversed: rows 2 and 0.
  ssize shape2[2] = {2, 4}, strides2[2] = {-8, 1};
  Buffer r = v;
  r.buf = data + 8;
  r.len = 8;
  r.shape = shape2;
  r.strides = strides2;
  EXPECT_FALSE(buffer_is_contiguous(&r, 'A'));
  buffer_to_contiguous(out, &r, 'C');
  EXPECT_EQ(std::string(out, 8), "ijklabcd");
  buffer_from_contiguous(&r, "IJKLABCD");
  EXPECT_EQ(std::string(data, 12), "ABCDefghIJKL");
  // Zero-size shapes copy nothing.
  ssize empty_shape[2] = {0, 4};
  Buffer e = v;
  e.shape = empty_shape;
  e.len = 0;
  EXPECT_TRUE(buffer_is_contiguous(&e, 'C'));
  buffer_to_contiguous(out, &e, 'F');
}

TEST(BuffersTest, MemoryViewSharesOneExport) {
  ensure_runtime();
  Object* ba = bytearray_from("0123456789", 10);
  auto* b = static_cast<ByteArrayObject*>(ba);
  Object* m = memoryview_from_object(ba);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(b->exports, 1);
  Object* sl = slice_new(small_int(2), small_int(8), small_int(2));
  Object* sub = object_getitem(m, sl);
  decref(sl);
  ASSERT_NE(sub, nullptr);
  EXPECT_EQ(b->exports, 1);  // slices share the managed buffer
  EXPECT_EQ(MV(sub)->view.strides[0], 2);
  EXPECT_EQ(MV(sub)->view.shape[0], 3);
  Object* r = call_method_str(m, "release", {});
  ASSERT_NE(r, nullptr);
  decref(r);
  EXPECT_EQ(b->exports, 1);  // sub still holds it
  Object* list = call_method_str(sub, "tolist", {});
  ASSERT_NE(list, nullptr);
  Object* rep = object_repr(list);
  EXPECT_EQ(std::string(str_view(rep)), "[50, 52, 54]");
  decref(rep);
  decref(list);
  {
    // A buffer taken from the memoryview blocks its release.
    BytesLike held;
    EXPECT_FALSE(held.get(sub));  // not C-contiguous: a simple request is refused
    EXPECT_TRUE(err_matches(Exc_BufferError));
    err_clear();
    Buffer full;
    ASSERT_EQ(object_get_buffer(sub, &full, BUF_FULL_RO), 0);
    EXPECT_EQ(MV(sub)->exports, 1);
    EXPECT_EQ(call_method_str(sub, "release", {}), nullptr);
    EXPECT_TRUE(err_matches(Exc_BufferError));
    err_clear();
    buffer_release(&full);
    EXPECT_EQ(MV(sub)->exports, 0);
  }
  decref(sub);
  EXPECT_EQ(b->exports, 0);
  decref(m);
  decref(ba);
}

TEST(BuffersTest, ItemFormats) {
  ensure_runtime();
  EXPECT_EQ(native_format_size("B"), 1);
  EXPECT_EQ(native_format_size("@i"), 4);
  EXPECT_EQ(native_format_size("q"), 8);
  EXPECT_EQ(native_format_size("<i"), 0);
  EXPECT_EQ(native_format_size("ii"), 0);
  EXPECT_EQ(native_format_size("e"), 0);  // not a cast target in 3.11
  EXPECT_STREQ(native_format_static("@h"), "@h");
  EXPECT_STREQ(native_format_static("h"), "h");
  EXPECT_TRUE(is_byte_format("c"));
  EXPECT_FALSE(is_byte_format("h"));
  char cell[8] = {};
  Object* v = int_from_i64(-2);
  EXPECT_EQ(pack_item("h", cell, v), 0);
  decref(v);
  Object* back = unpack_item("h", cell);
  EXPECT_EQ(int_as_i64(back), -2);
  decref(back);
  Object* big = int_from_i64(70000);
  EXPECT_EQ(pack_item("h", cell, big), -1);
  EXPECT_TRUE(err_matches(Exc_ValueError));
  err_clear();
  decref(big);
  // Half floats: 1.5 is exact, 65504 the largest finite value.
  Object* f = float_from_double(1.5);
  EXPECT_EQ(pack_item("e", cell, f), 0);
  decref(f);
  Object* fb = unpack_item("e", cell);
  EXPECT_EQ(float_as_double(fb), 1.5);
  decref(fb);
  Object* fmax = float_from_double(65504.0);
  EXPECT_EQ(pack_item("e", cell, fmax), 0);
  decref(fmax);
  fb = unpack_item("e", cell);
  EXPECT_EQ(float_as_double(fb), 65504.0);
  decref(fb);
  Object* fbig = float_from_double(1e6);
  EXPECT_EQ(pack_item("e", cell, fbig), -1);
  EXPECT_TRUE(err_matches(Exc_OverflowError));
  err_clear();
  decref(fbig);
}
