import RenewKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The words for an `errno`: the C library's own in English, and in Chinese for the
/// ones a data file, its lock or standard output can meet.
enum SystemErrorText {
  /// Why a system call failed: `Is a directory`; "是一个文件夹".
  ///
  /// An `errno` without Chinese words here keeps the C library's English ones.
  static func reason(of code: Int32, in language: Language) -> String {
    let english = SystemError.reason(of: code)
    return language(en: english, zh: chinese(code) ?? english)
  }

  /// The Chinese words for the `errno` values renew's files can meet, or `nil`.
  private static func chinese(_ code: Int32) -> String? {
    switch code {
    case EACCES: "没有权限"
    case EPERM: "不允许的操作"
    case ENOENT: "文件或文件夹不存在"
    case EISDIR: "是一个文件夹"
    case ENOTDIR: "路径中有一项不是文件夹"
    case ENOSPC: "磁盘空间不足"
    case EDQUOT: "超出磁盘配额"
    case EROFS: "文件系统是只读的"
    case EEXIST: "文件已存在"
    case ELOOP: "符号链接层数过多"
    case ENAMETOOLONG: "文件名太长"
    case EIO: "输入/输出错误"
    case EMFILE, ENFILE: "打开的文件太多"
    case EBUSY: "设备或资源忙"
    case EPIPE: "管道已断开"
    case EBADF: "文件描述符无效"
    case EXDEV: "不能跨文件系统移动"
    case ENOLCK: "没有可用的锁"
    case EAGAIN: "资源暂时不可用"
    case EINVAL: "参数无效"
    case ENOEXEC: "无法执行的文件格式"
    case ENOMEM: "内存不足"
    default: nil
    }
  }
}
