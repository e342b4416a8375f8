
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's216bfcc46985dab6': `数据源响应超时。`,
's5d9f6c7b502e2a57': `数据源不是有效的 JSON。`,
's670d0ab55622d62e': `无法访问数据源。请检查网络连接后重试。`,
's6ebc9bd6feae62a3': `正在加载…`,
's716e73ec91a07274': `数据源的结构不符合要求。`,
's893721c856c209cc': str`数据源服务器返回错误 ${0}。`,
's9fca14e0c61d7700': `当前显示的是最近一次收到的数据。`,
'sa2e882d770bd8e57': `尚未公布任何数据。`,
'scd1dd6ff53d0d01a': `重试`,
'se30a7b6256138d05': `数据源超过了大小限制。`,
    };
  