// The output buffer of the _bz2 and _lzma (de)compressors: a malloc'ed area
// that the library writes into through its stream's next_out/avail_out, grown
// when full (the first block 32 KiB or the limit if smaller, then doubling),
// never beyond `limit` (a decompress() call's max_length; SIZE_MAX: none).
// It touches no Python object until to_bytes(), so it is used with the GIL
// released and with the (de)compressor's ObjectLock held.
#pragma once
#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <type_traits>

#include "../runtime/api.h"

namespace stdlib {

class CompressOutput {
 public:
  explicit CompressOutput(size_t limit = SIZE_MAX) : limit_(limit) {}
  ~CompressOutput() { std::free(buf_); }
  CompressOutput(const CompressOutput&) = delete;
  CompressOutput& operator=(const CompressOutput&) = delete;

  // Point the stream at the free space, growing the buffer first when it is
  // full.  false: the limit is reached, or memory ran out (out_of_memory()).
  // A first call with a limit of 0 leaves the stream an empty window.
  template <class Stream>
  bool arrange(Stream* s) {
    if (used_ == cap_ && (started_ || limit_ > 0)) {
      if (cap_ >= limit_) return false;
      size_t n = cap_ ? cap_ * 2 : std::min<size_t>(32 * 1024, limit_);
      if (n < cap_ || n > limit_) n = limit_;
      char* p = static_cast<char*>(std::realloc(buf_, n ? n : 1));
      if (!p) {
        oom_ = true;
        return false;
      }
      buf_ = p;
      cap_ = n;
    }
    started_ = true;
    using Out = std::remove_reference_t<decltype(*s->next_out)>;
    s->next_out = reinterpret_cast<Out*>(buf_ + used_);
    s->avail_out = static_cast<decltype(s->avail_out)>(std::min<size_t>(cap_ - used_, UINT_MAX));
    return true;
  }
  // After the library ran: count what it wrote.
  template <class Stream>
  void collect(const Stream* s) {
    used_ = size_t(reinterpret_cast<const char*>(s->next_out) - buf_);
  }
  size_t size() const { return used_; }
  bool full() const { return used_ == cap_; }
  bool out_of_memory() const { return oom_; }
  rt::Object* to_bytes() const { return rt::bytes_from(buf_ ? buf_ : "", rt::ssize(used_)); }

 private:
  char* buf_ = nullptr;
  size_t cap_ = 0, used_ = 0;
  size_t limit_;
  bool started_ = false;  // arrange() ran: a later full buffer at the limit stops the caller
  bool oom_ = false;
};

}  // namespace stdlib

namespace stdlib {

// The decompressors' pending input (CPython's input_buffer): what the library
// did not consume because the output limit was reached is kept, and the next
// call's data is appended to it.  `next`/`avail` are what the library reads
// from; they point into the caller's data while it is used directly.
class PendingInput {
 public:
  PendingInput() = default;
  ~PendingInput() { std::free(buf_); }
  PendingInput(const PendingInput&) = delete;
  PendingInput& operator=(const PendingInput&) = delete;

  const char* next = nullptr;  // null: nothing pending
  size_t avail = 0;

  // This call's input: the pending bytes followed by data, or data itself.  false: out of memory.
  bool begin(const char* data, size_t len) {
    if (!next) {
      next = data;
      avail = len;
      in_buffer_ = false;
      return true;
    }
    size_t avail_now = size_t((buf_ + size_) - (next + avail));  // room after the pending bytes
    size_t avail_total = size_ - avail;                           // room if they move to the front
    if (avail_total < len) {
      size_t offset = size_t(next - buf_);
      size_t n = size_ + len - avail_now;
      char* p = static_cast<char*>(std::realloc(buf_, n));
      if (!p) return false;
      buf_ = p;
      size_ = n;
      next = buf_ + offset;
    } else if (avail_now < len) {
      std::memmove(buf_, next, avail);
      next = buf_;
    }
    std::memcpy(const_cast<char*>(next) + avail, data, len);
    avail += len;
    in_buffer_ = true;
    return true;
  }
  // After a call that stopped before the end of the stream: keep what is
  // left (copied out of the caller's data), or forget it when nothing is.
  bool keep_rest() {
    if (avail == 0) {
      next = nullptr;
      return true;
    }
    if (in_buffer_) return true;
    if (buf_ && size_ < avail) {
      std::free(buf_);
      buf_ = nullptr;
    }
    if (!buf_) {
      buf_ = static_cast<char*>(std::malloc(avail));
      if (!buf_) return false;
      size_ = avail;
    }
    std::memcpy(buf_, next, avail);
    next = buf_;
    in_buffer_ = true;
    return true;
  }
  void forget() { next = nullptr; }

 private:
  char* buf_ = nullptr;
  size_t size_ = 0;
  bool in_buffer_ = false;
};

}  // namespace stdlib
